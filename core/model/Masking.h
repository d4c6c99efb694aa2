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

// Free text (a notice, a note, a meeting line, an address, a cell of an exported table) with every
// ID number and mobile number in it masked as above, wherever it stands (Chinese text around it
// without blanks: "联系电话：138-0013-8000。"); numbers listed in keepWhole (e.g. the published
// supervision phone) stay whole, compared digit for digit.
//  - ID numbers: 18 digits (the last may be x/X/ｘ/Ｘ) or 15, half- or full-width, with a blank
//    or a dash where people group them (6-8-4, 6-4-4-4; 15: 6-6-3).
//  - Mobile numbers: 1[3-9] and 9 digits, half- or full-width, blanks, dashes or dots anywhere
//    between the digits, after an optional +86, 0086 or 86: 138****5678 (the prefix goes).
//  - Left alone: landlines (public office numbers, e.g. 0531-8888 6000), amounts (380000.00,
//    13800138000.00), dates (20260930), and any run of more than 18 digits (a bank card number
//    is not taken apart into an ID and a rest; bank accounts are not masked here).
// Masking masked text changes nothing.
QString freeText(const QString &text, const QStringList &keepWhole = {});

} // namespace tl::Masking
