#pragma once

#include <QString>
#include <QStringList>

namespace tl::Masking {

// Personal data on anything printed, exported or published (个人信息保护法): the one place that
// decides how ID numbers (身份证号) and phone numbers are masked. Screens (the roster, the
// households), the quarterly report, notices and the change history all call these, so a
// number never shows in one place what another hides.
//
// Input is read the way clerks paste it: full-width digits (０１２), a lower-case or
// full-width check character (x, ｘ), blanks and dashes.

// 前6位 and 后4位 kept: 371302********1234 (check character upper-case). An old 15-digit ID
// keeps the region and its 3-digit sequence, the birth date is hidden: 371302******123.
// Anything else (too short, too long, garbled) keeps at most a quarter of its characters at
// each end, and nothing below 8 characters: a short ID is never printed in full.
QString idNumber(const QString &id);

// A mobile number (with or without +86 / 0086 / 86, blanks and dashes): 138****5678. Anything
// else (landlines, extensions, garbage) keeps its last 4 characters only: ********6000.
QString phone(const QString &phone);

// Free text (a notice, a note, a meeting line) with every ID number (18 or 15 digits) and
// mobile number in it masked as above; numbers listed in keepWhole (e.g. the published
// supervision phone) stay whole, compared digit for digit.
QString freeText(const QString &text, const QStringList &keepWhole = {});

} // namespace tl::Masking
