#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TipsDialog;
}

namespace cg {

class SourceRepository;
class TipRepository;

// Help → Career Tips and FAQ: the articles' advice on interviews, résumés, portfolios and professional bodies,
// and their frequently asked questions, each with its sources.
class TipsDialog final : public QDialog
{
    Q_OBJECT

public:
    TipsDialog(const TipRepository& tips, const SourceRepository& sources, QWidget* parent = nullptr);
    ~TipsDialog() override;

    QString text() const;

private:
    std::unique_ptr<Ui::TipsDialog> m_ui;
};

} // namespace cg
