#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace cg {

// Filters the salary table by role, country, source and free text, and sorts it so that numbers sort as numbers:
// the amount column by currency first (amounts in different currencies are not comparable as stated), then by
// amount in minor units, with figures the source printed no number for last.
class SalaryFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SalaryFilterProxyModel(QObject* parent = nullptr);

    // An empty value shows every row.
    void setRoleSlug(const QString& slug);
    void setCountry(const QString& code);
    void setSourceLabel(const QString& label);
    void setText(const QString& text);

    QString roleSlug() const { return m_roleSlug; }
    QString country() const { return m_country; }
    QString sourceLabel() const { return m_sourceLabel; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void update(QString& field, const QString& value);

    QString m_roleSlug;
    QString m_country;
    QString m_sourceLabel;
    QString m_text;
};

} // namespace cg
