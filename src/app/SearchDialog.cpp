#include "SearchDialog.h"

#include "models/SearchResultModel.h"
#include "repositories/SearchRepository.h"
#include "ui_SearchDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>

namespace cg {

namespace {
// Results of each kind shown at once; the group heading says how many more there are.
constexpr int HitsPerKind = 8;
} // namespace

SearchDialog::SearchDialog(const SearchRepository& search, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SearchDialog>()), m_search(search),
      m_model(new SearchResultModel(this))
{
    m_ui->setupUi(this);
    m_ui->resultView->setModel(m_model);
    m_ui->resultView->header()->setStretchLastSection(true);
    m_ui->resultView->setColumnWidth(SearchResultModel::TitleColumn, 300);
    m_ui->searchEdit->installEventFilter(this);
    m_ui->statusLabel->setText(tr("Type a few letters: results appear as you type."));
    m_ui->suggestionBar->hide();

    // The query runs in a few milliseconds on this index, so each keystroke searches at once, without a delay.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &SearchDialog::runSearch);
    connect(m_ui->resultView, &QTreeView::activated, this, &SearchDialog::activate);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (!parent.isValid())
            decorateGroups();
    });
}

SearchDialog::~SearchDialog() = default;

void SearchDialog::popup()
{
    if (QWidget* owner = parentWidget()) {
        const QRect area = owner->window()->geometry();
        const QSize size(std::min(760, area.width() - 40), std::min(480, area.height() - 100));
        resize(size);
        move(area.x() + (area.width() - size.width()) / 2, area.y() + 70);
    }
    show();
    raise();
    activateWindow();
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void SearchDialog::setQuery(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

QString SearchDialog::query() const
{
    return m_ui->searchEdit->text();
}

QString SearchDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

QString SearchDialog::currentRef() const
{
    return m_ui->resultView->currentIndex().data(SearchResultModel::RefRole).toString();
}

void SearchDialog::decorateGroups()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_ui->resultView->setFirstColumnSpanned(row, {}, true);
        m_ui->resultView->expand(m_model->index(row, 0));
    }
}

void SearchDialog::runSearch()
{
    const QString text = m_ui->searchEdit->text();
    const SearchRepository::Result result = m_search.search(text, HitsPerKind);
    m_model->setHits(result.hits, result.totals);
    decorateGroups();
    showSuggestions(result.suggestions);

    const QModelIndex current = m_ui->resultView->currentIndex();
    if (!m_model->isHit(current))
        m_ui->resultView->setCurrentIndex(m_model->firstHit());

    if (!result.error.isEmpty()) {
        m_ui->statusLabel->setText(tr("Search is not available: %1").arg(result.error));
    } else if (text.trimmed().isEmpty()) {
        m_ui->statusLabel->setText(tr("Type a few letters: results appear as you type."));
    } else if (result.hits.isEmpty()) {
        const QString shown = text.simplified();
        const QString quoted = shown.size() > 40 ? shown.left(40) + QStringLiteral("\u2026") : shown;
        m_ui->statusLabel->setText(tr("No matches for \u201C%1\u201D.").arg(quoted));
    } else {
        m_ui->statusLabel->setText(
            tr("%1 matches. Up and Down to choose, Enter to open, Escape to close.").arg(result.total()));
    }
}

QStringList SearchDialog::suggestions() const
{
    QStringList titles;
    for (const QPushButton* button : m_suggestionButtons)
        titles.append(button->text().replace(QStringLiteral("&&"), QStringLiteral("&")));
    return titles;
}

void SearchDialog::showSuggestions(const QStringList& titles)
{
    if (titles == suggestions())
        return;
    qDeleteAll(m_suggestionButtons);
    m_suggestionButtons.clear();
    auto* layout = static_cast<QHBoxLayout*>(m_ui->suggestionBar->layout());
    for (const QString& title : titles) {
        // Plain text on a button: '&' would otherwise become a mnemonic.
        auto* button = new QPushButton(m_ui->suggestionBar);
        button->setText(QString(title).replace(u'&', QStringLiteral("&&")));
        button->setAccessibleName(tr("Search for %1").arg(title));
        button->setToolTip(tr("Search for %1").arg(title));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, title] {
            setQuery(title);
            m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
        });
        layout->insertWidget(layout->count() - 1, button);
        m_suggestionButtons.append(button);
    }
    m_ui->suggestionBar->setVisible(!titles.isEmpty());
}

void SearchDialog::activate(const QModelIndex& index)
{
    if (!m_model->isHit(index))
        return;
    const SearchHit hit = m_model->hitAt(index);
    accept();
    emit hitActivated(SearchHit::kindKey(hit.kind), hit.ref);
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        int step = 0;
        switch (key->key()) {
        case Qt::Key_Down:
            step = 1;
            break;
        case Qt::Key_Up:
            step = -1;
            break;
        case Qt::Key_PageDown:
            step = 5;
            break;
        case Qt::Key_PageUp:
            step = -5;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const QModelIndex current = m_ui->resultView->currentIndex();
            activate(m_model->isHit(current) ? current : m_model->firstHit());
            return true;
        }
        default:
            break;
        }
        if (step != 0) {
            const QModelIndex next = m_model->neighbourHit(m_ui->resultView->currentIndex(), step);
            if (next.isValid()) {
                m_ui->resultView->setCurrentIndex(next);
                m_ui->resultView->scrollTo(next);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cg
