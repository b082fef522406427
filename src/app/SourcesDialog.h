#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SourcesDialog;
}

namespace cg {

class SourceRepository;

// Help → Sources: every article, organisation and dataset, with what it contributed and its licence.
class SourcesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SourcesDialog(const SourceRepository& sources, QWidget* parent = nullptr);
    ~SourcesDialog() override;

    QString text() const;

private:
    std::unique_ptr<Ui::SourcesDialog> m_ui;
};

} // namespace cg
