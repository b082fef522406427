#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace cg {

// Stands where a filtered list shows nothing: says that nothing matches and offers to clear the filters, so an
// emptied list never looks broken. The owner shows it through setEmpty() whenever its count changes.
class EmptyFilterNotice final : public QFrame
{
    Q_OBJECT

public:
    // buttonText carries the button's mnemonic ("&Clear Filters").
    EmptyFilterNotice(const QString& message, const QString& buttonText, QWidget* parent = nullptr);

    // Shown while the list is empty only because of its filters.
    void setEmpty(bool empty);
    QString message() const;
    QPushButton* clearButton() const { return m_button; }

signals:
    void clearRequested();

private:
    QLabel* m_label;
    QPushButton* m_button;
};

} // namespace cg
