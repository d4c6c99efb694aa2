#pragma once

#include "model/Quarter.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace tl::ui {

// A calendar quarter chosen as a year and Q1–Q4, never later than the latest quarter allowed
// (the running one). Used by the dashboard, the quarterly report and the county roll-up.
class QuarterPicker : public QWidget
{
    Q_OBJECT
public:
    explicit QuarterPicker(QWidget *parent = nullptr);

    Quarter quarter() const;
    void setQuarter(const Quarter &q); // clamped to [2000Q1, latest]
    void setLatest(const Quarter &latest);
    Quarter latest() const { return m_latest; }

    QSpinBox *yearBox() const { return m_year; }
    QComboBox *quarterBox() const { return m_number; }

    // The running quarter, except in its first month, when the quarter just finished is the one
    // the county asks for.
    static Quarter defaultReportQuarter(const QDate &today);
    static Quarter previous(const Quarter &q);
    // "2026 Q3" (translated, e.g. 2026年第3季度)
    static QString label(const Quarter &q);

Q_SIGNALS:
    void quarterChanged();

private:
    void clamp();

    QSpinBox *m_year;
    QComboBox *m_number;
    Quarter m_latest;
    bool m_updating = false;
};

} // namespace tl::ui
