#pragma once

#include <QWidget>

#include <functional>

namespace cg {

// A tab page that builds its real content the first time it is shown or asked for, so the tabs a person has not
// opened yet cost nothing at start-up.
class LazyTabPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyTabPage)

public:
    using Factory = std::function<QWidget*(QWidget* parent)>;

    explicit LazyTabPage(Factory factory, QWidget* parent = nullptr);

    QWidget* content(); // built on the first call
    bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_factory;
    QWidget* m_content = nullptr;
};

} // namespace cg
