#include "common/QuarterPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>

namespace tl::ui {

QuarterPicker::QuarterPicker(QWidget *parent)
    : QWidget(parent), m_year(new QSpinBox(this)), m_number(new QComboBox(this)),
      m_latest(Quarter::containing(QDate::currentDate()))
{
    m_year->setRange(2000, m_latest.year);
    m_year->setAccelerated(true);
    m_year->setToolTip(tr("Year"));
    m_year->setAccessibleName(tr("Year"));
    m_number->addItem(tr("Q1 (Jan–Mar)"), 1);
    m_number->addItem(tr("Q2 (Apr–Jun)"), 2);
    m_number->addItem(tr("Q3 (Jul–Sep)"), 3);
    m_number->addItem(tr("Q4 (Oct–Dec)"), 4);
    m_number->setAccessibleName(tr("Quarter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_year);
    layout->addWidget(m_number);
    setQuarter(m_latest);

    auto changed = [this] {
        if (m_updating)
            return;
        clamp();
        Q_EMIT quarterChanged();
    };
    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, changed);
    connect(m_number, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
}

Quarter QuarterPicker::quarter() const
{
    return Quarter{m_year->value(), m_number->currentIndex() + 1};
}

void QuarterPicker::setQuarter(const Quarter &wanted)
{
    const bool later = wanted.year > m_latest.year || (wanted.year == m_latest.year && wanted.number > m_latest.number);
    const Quarter q = later ? m_latest : wanted;
    const Quarter before = quarter();
    {
        m_updating = true;
        const QSignalBlocker b1(m_year), b2(m_number);
        m_year->setValue(q.year);
        m_number->setCurrentIndex(qBound(1, q.number, 4) - 1);
        clamp();
        m_updating = false;
    }
    const Quarter after = quarter();
    if (after.year != before.year || after.number != before.number)
        Q_EMIT quarterChanged();
}

void QuarterPicker::setLatest(const Quarter &latest)
{
    m_latest = latest;
    const QSignalBlocker b(m_year);
    m_year->setRange(qMin(2000, latest.year), latest.year);
    clamp();
}

void QuarterPicker::clamp()
{
    // Quarters after the latest cannot be chosen: they have no figures yet.
    auto *model = qobject_cast<QStandardItemModel *>(m_number->model());
    const bool latestYear = m_year->value() >= m_latest.year;
    for (int i = 0; i < 4; ++i) {
        if (QStandardItem *item = model ? model->item(i) : nullptr)
            item->setEnabled(!latestYear || i + 1 <= m_latest.number);
    }
    if (latestYear && m_number->currentIndex() + 1 > m_latest.number) {
        const QSignalBlocker b(m_number);
        m_number->setCurrentIndex(m_latest.number - 1);
    }
}

Quarter QuarterPicker::previous(const Quarter &q)
{
    return q.number > 1 ? Quarter{q.year, q.number - 1} : Quarter{q.year - 1, 4};
}

Quarter QuarterPicker::defaultReportQuarter(const QDate &today)
{
    const Quarter running = Quarter::containing(today);
    return today.month() == running.first().month() ? previous(running) : running;
}

QString QuarterPicker::label(const Quarter &q)
{
    return tr("%1 Q%2", "year, quarter number").arg(q.year).arg(q.number);
}

} // namespace tl::ui
