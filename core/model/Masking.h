#pragma once

#include <QString>

namespace tl {

// Personal data on anything printed or published (个人信息保护法).
// ID numbers as 前6位********后4位; mobile phones as 138****5678. Anything not recognisably an
// ID or a mobile number is masked conservatively rather than shown.
QString maskIdNumber(const QString &id);
QString maskPhone(const QString &phone);

} // namespace tl
