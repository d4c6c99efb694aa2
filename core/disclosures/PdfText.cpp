#include "disclosures/PdfText.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <array>
#include <utility>

namespace tl::PdfText {

namespace {

// CJK Radicals Supplement (U+2E80–U+2EF3) → the unified ideograph of the same shape, from
// Unicode's EquivalentUnifiedIdeograph.txt; those whose ideograph lies outside the BMP are left
// out (they would not fit four hex digits).
constexpr std::array<std::pair<char16_t, char16_t>, 100> kSupplement = {{
    {0x2E81, 0x5382}, {0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E84, 0x4E59}, {0x2E85, 0x4EBB}, {0x2E86, 0x5182},
    {0x2E88, 0x5200}, {0x2E89, 0x5202}, {0x2E8A, 0x535C}, {0x2E8B, 0x353E}, {0x2E8C, 0x5C0F}, {0x2E8D, 0x5C0F},
    {0x2E8E, 0x5140}, {0x2E8F, 0x5C23}, {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51},
    {0x2E96, 0x5FC4}, {0x2E97, 0x5FC3}, {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9C, 0x65E5},
    {0x2E9D, 0x6708}, {0x2E9E, 0x6B7A}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35}, {0x2EA2, 0x6C3A},
    {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA5, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA7, 0x725B}, {0x2EA8, 0x72AD},
    {0x2EA9, 0x738B}, {0x2EAB, 0x76EE}, {0x2EAC, 0x793A}, {0x2EAD, 0x793B}, {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F},
    {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52}, {0x2EB3, 0x34C1}, {0x2EB4, 0x5197}, {0x2EB6, 0x7F8A}, {0x2EB9, 0x8002},
    {0x2EBA, 0x8080}, {0x2EBB, 0x807F}, {0x2EBC, 0x8089}, {0x2EBE, 0x8279}, {0x2EBF, 0x8279}, {0x2EC0, 0x8279},
    {0x2EC1, 0x864E}, {0x2EC2, 0x8864}, {0x2EC3, 0x8980}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2},
    {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECD, 0x8FB6}, {0x2ECE, 0x8FB6},
    {0x2ECF, 0x9091}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8},
    {0x2ED6, 0x961D}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE},
    {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8},
    {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
    {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589}, {0x2EEC, 0x9F50}, {0x2EED, 0x6B6F}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC},
    {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C}, {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F},
}};

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Rewrites the <XXXX> destination code points of one bfrange or bfchar section.
int fixSection(char *begin, char *end, bool ranges)
{
    static const char *const hex = "0123456789ABCDEF";
    int changed = 0;
    int onLine = 0;     // bfchar: <source> <destination> on each line
    bool inArray = false; // bfrange: <first> <last> [<destination> …]
    for (char *p = begin; p < end; ++p) {
        if (*p == '\n') {
            onLine = 0;
        } else if (*p == '[') {
            inArray = true;
        } else if (*p == ']') {
            inArray = false;
        } else if (*p == '<') {
            ++onLine;
            const bool destination = ranges ? inArray : onLine == 2;
            if (!destination || end - p < 6 || p[5] != '>')
                continue;
            int value = 0;
            bool ok = true;
            for (int i = 1; i <= 4 && ok; ++i) {
                const int d = hexDigit(p[i]);
                ok = d >= 0;
                value = value * 16 + d;
            }
            if (!ok)
                continue;
            const char16_t unified = unifiedIdeograph(char16_t(value));
            if (unified == value)
                continue;
            const unsigned u = unified;
            p[1] = hex[(u >> 12) & 0xF];
            p[2] = hex[(u >> 8) & 0xF];
            p[3] = hex[(u >> 4) & 0xF];
            p[4] = hex[u & 0xF];
            ++changed;
            p += 5;
        }
    }
    return changed;
}

} // namespace

char16_t unifiedIdeograph(char16_t c)
{
    if (c >= 0x2F00 && c <= 0x2FD5) {
        // Kangxi radicals: each has a compatibility decomposition to its ideograph.
        const QString d = QChar(c).decomposition();
        return d.size() == 1 ? d.at(0).unicode() : c;
    }
    if (c >= 0x2E80 && c <= 0x2EF3) {
        const auto it = std::lower_bound(kSupplement.begin(), kSupplement.end(), c,
                                         [](const auto &pair, char16_t key) { return pair.first < key; });
        if (it != kSupplement.end() && it->first == c)
            return it->second;
    }
    return c;
}

QByteArray withUnifiedIdeographs(QByteArray pdf, int *changed)
{
    int count = 0;
    char *data = pdf.data(); // detaches once
    for (const bool ranges : {true, false}) {
        const QByteArray open = ranges ? QByteArrayLiteral("beginbfrange") : QByteArrayLiteral("beginbfchar");
        const QByteArray close = ranges ? QByteArrayLiteral("endbfrange") : QByteArrayLiteral("endbfchar");
        for (qsizetype at = pdf.indexOf(open); at >= 0; at = pdf.indexOf(open, at + 1)) {
            const qsizetype end = pdf.indexOf(close, at);
            if (end < 0)
                break;
            count += fixSection(data + at + open.size(), data + end, ranges);
        }
    }
    if (changed)
        *changed = count;
    return pdf;
}

bool fixFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray before = file.readAll();
    int changed = 0;
    const QByteArray after = withUnifiedIdeographs(before, &changed);
    if (changed == 0)
        return true;
    // Same length: written over the file as it is (it is the temporary copy, not yet in place).
    if (!file.seek(0) || file.write(after) != after.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tl::PdfText
