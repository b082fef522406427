#pragma once

#include <QObject>

class QComboBox;
class QWidget;

namespace cg {

// Keeps a combo box's whole current text in reach when the box is too narrow for it: its tooltip then starts with
// that text (followed by the tooltip the box has of its own, if any). The text is measured when the tooltip is asked
// for, so it follows whatever is picked, however it was picked, at any size and in any language.
class ComboToolTip final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComboToolTip)

public:
    // On one combo box, or on every combo box inside a widget.
    static void install(QComboBox* combo);
    static void installOnAll(const QWidget* root);

    // Whether the current text is cut short in the box as drawn now.
    static bool isCut(const QComboBox* combo);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace cg
