#pragma once

#include <QDialog>

namespace tl::ui {

// A dialog whose wrapped labels (verdicts, rules, error reasons) make its layout's height depend
// on its width. Qt does not enforce that on a top-level window, so without this the dialog would
// squeeze its fields when a reason grows by a line: every relayout, show and resize makes the
// window at least as tall as the layout needs for its width.
class HeightFittingDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;

protected:
    void fitHeight();
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace tl::ui
