#pragma once

#include <QDialog>
#include <QList>

#include <memory>

class QPushButton;

namespace Ui {
class SearchDialog;
}

namespace cg {

class SearchRepository;
class SearchResultModel;

// The global search (Edit → Find, Ctrl+K): one field over roles, skills, occupations, learning steps, resources,
// salary figures and states, results grouped by kind and updated as the person types. Up and Down move through the
// results without leaving the field; Enter opens the chosen one. When nothing matches, the nearest titles are
// offered as buttons (Tab reaches them) that search for them.
class SearchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(const SearchRepository& search, QWidget* parent = nullptr);
    ~SearchDialog() override;

    // Shows the dialog near the top of its parent with the field focused and its text selected.
    void popup();
    void setQuery(const QString& text);
    QString query() const;
    QString statusText() const;
    const SearchResultModel* results() const { return m_model; }
    QString currentRef() const;
    // The nearest titles offered when nothing matched, as shown on their buttons.
    QStringList suggestions() const;

signals:
    // kind: as SearchHit::kindKey (role, skill, occupation, step, resource, salary, state); ref: where it lives.
    void hitActivated(const QString& kind, const QString& ref);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void activate(const QModelIndex& index);
    void decorateGroups();
    void showSuggestions(const QStringList& titles);

    std::unique_ptr<Ui::SearchDialog> m_ui;
    const SearchRepository& m_search;
    SearchResultModel* m_model;
    QList<QPushButton*> m_suggestionButtons;
};

} // namespace cg
