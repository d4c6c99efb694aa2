#pragma once

#include <QList>
#include <QMetaType>

namespace tl::edits {

// What a committed edit (or its undo/redo) changed, so that only the views showing it reload.
struct Change
{
    enum class Kind {
        Township,    // the township record
        Villages,    // village records
        People,      // person records (members, reserve cadres)
        Committees,  // terms and posts
        Reserves,    // the reserve cadre pool
        Matters,     // 四议两公开 matters, their steps and scans
        Grids,       // grids, their staff, and household assignments
        Households,  // household records
        Disclosures, // 三务公开 disclosures
        Settings,    // rules, targets, notice templates
    };

    Kind kind = Kind::Villages;
    qint64 villageId = 0; // 0: not tied to one village (or several)
    QList<qint64> ids;    // the records concerned, when known
};

} // namespace tl::edits

Q_DECLARE_METATYPE(tl::edits::Change)
