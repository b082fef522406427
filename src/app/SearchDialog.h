#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SearchDialog;
}

namespace cg {

class SearchRepository;
class SearchResultModel;

// The global search (Edit → Find, Ctrl+K): one field over roles, skills, occupations, learning steps and resources,
// results grouped by kind and updated as the person types. Up and Down move through the results without leaving the
// field; Enter opens the chosen one.
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

signals:
    // kind: role, skill, occupation, step or resource (as SearchHit::kindKey); ref: where the item lives.
    void hitActivated(const QString& kind, const QString& ref);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void activate(const QModelIndex& index);
    void decorateGroups();

    std::unique_ptr<Ui::SearchDialog> m_ui;
    const SearchRepository& m_search;
    SearchResultModel* m_model;
};

} // namespace cg
