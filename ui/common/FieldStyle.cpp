#include "common/FieldStyle.h"

#include <QLabel>
#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace tl::ui::FieldStyle {

namespace {
const char *kMarked = "tlMarked";
const char *kPlainToolTip = "tlPlainToolTip";

// The frame is a style sheet scoped to the field's own class, so a spin box's inner line edit or
// a combo box's popup keep their normal look.
void mark(QWidget *field, QLabel *label, const QString &reason, const char *colour, const char *background)
{
    if (field) {
        if (!field->property(kPlainToolTip).isValid())
            field->setProperty(kPlainToolTip, field->toolTip());
        if (reason.isEmpty()) {
            if (field->property(kMarked).toBool()) {
                field->setStyleSheet(QString());
                field->setToolTip(field->property(kPlainToolTip).toString());
                field->setProperty(kMarked, false);
            }
        } else {
            const QString cls = QString::fromLatin1(field->metaObject()->className());
            field->setStyleSheet(QStringLiteral("%1 { border: 1px solid %2; border-radius: 2px; padding: 1px 2px; "
                                                "background: %3; }")
                                     .arg(cls, QLatin1String(colour), QLatin1String(background)));
            field->setToolTip(reason);
            field->setProperty(kMarked, true);
        }
    }
    if (label) {
        label->setText(reason);
        label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
        label->setVisible(!reason.isEmpty());
    }
}
} // namespace

QLabel *createErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c5221f;"));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    label->hide();
    return label;
}

void setError(QWidget *field, QLabel *label, const QString &reason)
{
    mark(field, label, reason, "#c5221f", "#fff5f5");
}

void setWarning(QWidget *field, QLabel *label, const QString &reason)
{
    mark(field, label, reason, "#b06000", "#fffaf0");
}

bool isMarked(const QWidget *field)
{
    return field && field->property(kMarked).toBool();
}

QString messagesFor(const FieldErrors &errors, const QString &field)
{
    QStringList out;
    for (const FieldError &e : errors)
        if (e.field == field)
            out << e.message;
    return out.join(QLatin1Char('\n'));
}

} // namespace tl::ui::FieldStyle
