#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace cg::bench {

// Tells when the screen has caught up with a change: watches every paint event in the application and waits until
// a widget inside the watched one has been painted. "Until painted" is what a person sees; "until settled" also
// runs whatever the change queued for later (zero-timers, posted events), which would delay their next keystroke.
class PaintProbe final : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 5000;

    PaintProbe();
    ~PaintProbe() override;

    void arm(const QWidget* scope);
    // Processes events until the armed widget (or one inside it) has been painted; false on a time-out.
    bool waitForPaint();
    // Processes events until everything queued so far has run.
    void settle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<const QWidget> m_scope;
    bool m_painted = false;
};

} // namespace cg::bench
