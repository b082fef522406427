// StepTopicModel under QAbstractItemModelTester: a step's topics in the order given, hidden ones listed only while
// shown (greyed), the status words, and ticking through the committer: saved ticks show, refused ones do not.
#include "models/StepTopicModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using cg::StepTopic;
using cg::StepTopicModel;

namespace {
StepTopic entry(const QString& slug, int hours, qint64 ownId = 0, bool hidden = false)
{
    StepTopic e;
    e.topic.slug = slug;
    e.topic.title = slug.toUpper();
    e.topic.hours = hours;
    e.ownId = ownId;
    e.hidden = hidden;
    return e;
}

QList<StepTopic> topics()
{
    return {entry(QStringLiteral("a"), 3), entry(QStringLiteral("b"), 4, 0, true),
            entry(QStringLiteral("own:2"), 5, 2)};
}
} // namespace

class TestStepTopicModel final : public QObject
{
    Q_OBJECT

private slots:
    void listsTopicsAndHidesTheHidden()
    {
        StepTopicModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTopics(topics(), {QStringLiteral("a")}, {QStringLiteral("own:2")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.keyAt(0), QStringLiteral("a"));
        QCOMPARE(model.keyAt(1), QStringLiteral("own:2"));
        QCOMPARE(model.index(0, StepTopicModel::TopicColumn).data().toString(), QStringLiteral("A"));
        QCOMPARE(model.index(0, StepTopicModel::HoursColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, StepTopicModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(0, StepTopicModel::StateColumn).data().toString(), QStringLiteral("done"));
        QCOMPARE(model.index(1, StepTopicModel::StateColumn).data().toString(), QStringLiteral("known, your own"));
        QCOMPARE(model.index(1, 0).data(StepTopicModel::OwnIdRole).toLongLong(), 2);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setShowHidden(true);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
        // Greyed (the palette's disabled text, which needs a GUI application) and in italics.
        QVERIFY(model.index(1, StepTopicModel::TopicColumn).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!model.index(0, StepTopicModel::TopicColumn).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(1, StepTopicModel::StateColumn).data().toString(), QStringLiteral("hidden"));
        QVERIFY(model.index(1, 0).data(StepTopicModel::HiddenRole).toBool());
        model.setShowHidden(true);
        QCOMPARE(reset.count(), 1); // no change, no reset
    }

    void ticksGoThroughTheCommitter()
    {
        StepTopicModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTopics(topics(), {}, {});
        const QModelIndex box = model.index(0, StepTopicModel::DoneColumn);
        // Without a committer nothing can be ticked.
        QVERIFY(!(model.flags(box) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(box, Qt::Checked, Qt::CheckStateRole));

        QStringList calls;
        bool refuse = false;
        model.setCommitter([&](const QString& key, bool read, bool done) {
            calls.append(QStringLiteral("%1 %2 %3").arg(key).arg(read).arg(done));
            return refuse ? cg::SaveResult::stale(QStringLiteral("changed elsewhere")) : cg::SaveResult::saved();
        });
        QVERIFY(model.flags(box) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, StepTopicModel::TopicColumn)) & Qt::ItemIsUserCheckable));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(calls, QStringList{QStringLiteral("a 0 1")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        refuse = true;
        QSignalSpy failed(&model, &StepTopicModel::commitFailed);
        QVERIFY(!model.setData(box, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }
};

QTEST_GUILESS_MAIN(TestStepTopicModel)
#include "TestStepTopicModel.moc"
