#pragma once

#include <QString>

namespace tl {

// Clerks paste data from WPS/Excel sheets typed with Chinese input methods: full-width
// digits and letters (０１２ＡＢ), ideographic spaces and stray blanks are common.
// Everything that is a code (ID number, credit code, phone) goes through here first.
QString toHalfWidth(const QString &text);

// Half-width, trimmed, all inner white space removed.
QString normalizeCode(const QString &text);

} // namespace tl
