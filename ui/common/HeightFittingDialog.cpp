#include "common/HeightFittingDialog.h"

#include <QEvent>
#include <QLayout>

namespace tl::ui {

void HeightFittingDialog::fitHeight()
{
    if (!layout() || !isVisible())
        return;
    layout()->activate(); // pending changes (a label's new text, rows shown) first
    const int need = layout()->totalHeightForWidth(width());
    if (need <= 0)
        return;
    setMinimumHeight(need);
    if (height() < need)
        resize(width(), need);
}

bool HeightFittingDialog::event(QEvent *event)
{
    // Every relayout (a label's text, a row shown or hidden, an error reason) may need more height.
    const bool result = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeight();
    return result;
}

void HeightFittingDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void HeightFittingDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeight();
}

} // namespace tl::ui
