// Legacy Excel 97–2003 workbooks (.xls), read by the helper program township-ledger-xls.
//
// libfreexl 1.0.6 crashes (SIGSEGV, double free) on some damaged .xls files, inside its own open
// function, before it returns to us (tests/fuzz/known-crashes/fuzz_xls/). So the program never
// runs libfreexl itself: it starts township-ledger-xls (app/xls, a main() around xlsHelperMain
// below), which reads the file through libfreexl (XlsInProcess.cpp) and writes what it finds to
// its standard output. A crash, a hang (past the time limit), an exit code other than 0, an
// answer larger than the limit or one that is not in the format below becomes the usual
// "damaged file" message, and the clerk's program (and unsaved input) stays up.
//
// The helper's answer, UTF-8 text, one record a line, fields separated by tabs; in text fields
// backslash, tab, line feed and carriage return are written \\ \t \n \r:
//
//   TLXLS 1                      first line (the format and its version)
//   S <tab> name                 one line per sheet, in workbook order
//   P <tab> damaged <tab> detail the file cannot be read (detail: the message's last part), or
//   P <tab> password             it is protected by a password
//   I <tab> index                --read: the sheet that follows (0-based)
//   R <tab> row {<tab> cell}     --read: a non-blank row (1-based number) and its cells:
//                                  -   empty          s…  text
//                                  n…  a number: the 16 hex digits of the IEEE double's bits
//                                  d…  a date (yyyy-MM-dd)   t…  date and time (ISO 8601)
//                                  h…  a time (HH:mm:ss.zzz) (an empty d/t/h: an invalid value)
//   END                          last line: the answer is complete

#include "import/sheets/SheetSourcePrivate.h"
#include "import/sheets/XlsInProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QtEndian>

#include <cstring>

namespace tl {

namespace {

QMutex s_helperMutex;
QString s_helper;          // set by setXlsHelper()
int s_timeoutMs = 120'000; // a 65,536-row workbook takes a few seconds

// The most the helper may write: a damaged file cannot make this process hold more. (An .xls
// holds at most 65,536 rows of 256 cells; a real register is a few megabytes of answer.)
constexpr qsizetype kMaxAnswer = qsizetype(512) * 1024 * 1024;
constexpr int kMaxRowNumber = 1 << 24;

QString couldNotRead()
{
    return QStringLiteral("the Excel 97–2003 reader could not get through it");
}

const QByteArray kMagic = QByteArrayLiteral("TLXLS 1");
const QByteArray kEnd = QByteArrayLiteral("END");

} // namespace

void SheetSource::setXlsHelper(const QString &path)
{
    QMutexLocker lock(&s_helperMutex);
    s_helper = path;
}

QString SheetSource::xlsHelper()
{
    {
        QMutexLocker lock(&s_helperMutex);
        if (!s_helper.isEmpty())
            return s_helper;
    }
    const QString fromEnvironment = qEnvironmentVariable("TL_XLS_HELPER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString name = QStringLiteral("township-ledger-xls");
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    // Beside the program in the build tree and on Windows; installed on Linux it is a helper, not a
    // command, and lives in libexec (/usr/bin/township-ledger → /usr/libexec/township-ledger/).
    const QString beside = QDir(dir).filePath(name);
    const QString libexec = QDir(dir).filePath(QStringLiteral("../libexec/township-ledger/") + name);
    if (!QFileInfo::exists(beside) && QFileInfo::exists(libexec))
        return QDir::cleanPath(libexec);
    return beside;
}

void SheetSource::setXlsHelperTimeout(int milliseconds)
{
    QMutexLocker lock(&s_helperMutex);
    s_timeoutMs = milliseconds > 0 ? milliseconds : 120'000;
}

namespace sheetsource {

namespace {

// ---- the helper's side: writing the answer ----

class AnswerWriter
{
public:
    explicit AnswerWriter(std::FILE *out)
        : m_out(out)
    {
    }

    void line(const QByteArray &bytes)
    {
        m_line = bytes;
        end();
    }
    void begin(char tag)
    {
        m_line.clear();
        m_line.append(tag);
    }
    void field(const QByteArray &raw)
    {
        m_line.append('\t');
        m_line.append(raw);
    }
    void text(const QString &s) { field(escape(s)); }
    void end()
    {
        m_line.append('\n');
        if (std::fwrite(m_line.constData(), 1, size_t(m_line.size()), m_out) != size_t(m_line.size()))
            m_failed = true;
    }
    bool finish()
    {
        line(kEnd);
        return std::fflush(m_out) == 0 && !m_failed && !std::ferror(m_out);
    }
    bool failed() const { return m_failed; }

    static QByteArray escape(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        QByteArray out;
        out.reserve(utf8.size());
        for (const char c : utf8) {
            switch (c) {
            case '\\': out.append("\\\\"); break;
            case '\t': out.append("\\t"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            default: out.append(c);
            }
        }
        return out;
    }

    static QByteArray cell(const QVariant &v)
    {
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            return QByteArrayLiteral("-");
        case QMetaType::Double: {
            quint64 bits = 0;
            const double d = v.toDouble();
            static_assert(sizeof bits == sizeof d);
            std::memcpy(&bits, &d, sizeof bits);
            return 'n' + QByteArray::number(bits, 16).rightJustified(16, '0');
        }
        case QMetaType::QDate:
            return 'd' + v.toDate().toString(Qt::ISODate).toLatin1();
        case QMetaType::QDateTime:
            return 't' + v.toDateTime().toString(Qt::ISODateWithMs).toLatin1();
        case QMetaType::QTime:
            return 'h' + v.toTime().toString(QStringLiteral("HH:mm:ss.zzz")).toLatin1();
        default:
            return 's' + escape(v.toString());
        }
    }

private:
    std::FILE *m_out;
    QByteArray m_line;
    bool m_failed = false;
};

void writeNames(AnswerWriter &w, const QStringList &names)
{
    for (const QString &name : names) {
        w.begin('S');
        w.text(name);
        w.end();
    }
}

void writeProblem(AnswerWriter &w, const XlsProblem &problem)
{
    w.begin('P');
    if (problem.kind == XlsProblem::Kind::Password) {
        w.field("password");
    } else {
        w.field("damaged");
        w.text(problem.detail);
    }
    w.end();
}

// ---- SheetSource's side: running the helper and reading its answer ----

// The helper's answer for `path`, or an empty array with *error set (the damaged message).
QByteArray runHelper(const QString &path, const QStringList &arguments, QString *error)
{
    const QString helper = SheetSource::xlsHelper();
    int timeoutMs = 0;
    {
        QMutexLocker lock(&s_helperMutex);
        timeoutMs = s_timeoutMs;
    }
    QProcess process;
    process.setProgram(helper);
    process.setArguments(arguments);
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        setError(error,
            SheetSource::tr("%1 cannot be read: the program that reads Excel 97–2003 files (%2) is "
                            "missing or cannot be started. Install Township Ledger again, or save the "
                            "file as .xlsx in Excel or WPS.")
                .arg(displayName(path), QDir::toNativeSeparators(helper)));
        return {};
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray answer;
    bool tooLarge = false;
    bool timedOut = false;
    for (;;) {
        answer += process.readAllStandardOutput();
        if (answer.size() > kMaxAnswer) {
            tooLarge = true;
            break;
        }
        if (process.state() == QProcess::NotRunning)
            break;
        if (deadline.hasExpired()) {
            timedOut = true;
            break;
        }
        process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(250))));
    }
    if (tooLarge || timedOut) {
        process.kill();
        process.waitForFinished(5000);
        setError(error, damagedMessage(path, "xls", tooLarge ? QStringLiteral("too large to read") : couldNotRead()));
        return {};
    }
    answer += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || answer.size() > kMaxAnswer
        || !answer.endsWith(kEnd + '\n') || !answer.startsWith(kMagic + '\n')) {
        setError(error, damagedMessage(path, "xls", couldNotRead()));
        return {};
    }
    return answer;
}

// Reads the answer line by line; each call to next() gives one record's fields (raw, escaped).
class AnswerReader
{
public:
    explicit AnswerReader(const QByteArray &answer)
        : m_answer(answer)
    {
    }

    // False at the end (after END) or on a malformed line.
    bool next()
    {
        if (m_at >= m_answer.size())
            return false;
        qsizetype eol = m_answer.indexOf('\n', m_at);
        if (eol < 0)
            return false;
        QByteArrayView line(m_answer.constData() + m_at, eol - m_at);
        m_at = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        m_fields.clear();
        qsizetype start = 0;
        for (;;) {
            const qsizetype tab = line.indexOf('\t', start);
            if (tab < 0) {
                m_fields.append(line.sliced(start));
                break;
            }
            m_fields.append(line.sliced(start, tab - start));
            start = tab + 1;
        }
        return true;
    }
    const QList<QByteArrayView> &fields() const { return m_fields; }

    static bool unescape(QByteArrayView raw, QString *out)
    {
        QByteArray bytes;
        bytes.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const char c = raw[i];
            if (c != '\\') {
                bytes.append(c);
                continue;
            }
            if (++i >= raw.size())
                return false;
            switch (raw[i]) {
            case '\\': bytes.append('\\'); break;
            case 't': bytes.append('\t'); break;
            case 'n': bytes.append('\n'); break;
            case 'r': bytes.append('\r'); break;
            default: return false;
            }
        }
        *out = QString::fromUtf8(bytes);
        return true;
    }

    static bool cell(QByteArrayView raw, QVariant *out)
    {
        if (raw.isEmpty())
            return false;
        const QByteArrayView rest = raw.sliced(1);
        const QString latin = QString::fromLatin1(rest.data(), rest.size());
        switch (raw[0]) {
        case '-':
            *out = QVariant();
            return rest.isEmpty();
        case 's': {
            QString text;
            if (!unescape(rest, &text))
                return false;
            *out = text;
            return true;
        }
        case 'n': {
            bool ok = false;
            const quint64 bits = rest.size() == 16 ? latin.toULongLong(&ok, 16) : 0;
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            *out = d;
            return ok;
        }
        case 'd':
            *out = QDate::fromString(latin, Qt::ISODate);
            return true;
        case 't':
            *out = QDateTime::fromString(latin, Qt::ISODateWithMs);
            return true;
        case 'h':
            *out = QTime::fromString(latin, QStringLiteral("HH:mm:ss.zzz"));
            return true;
        default:
            return false;
        }
    }

private:
    const QByteArray &m_answer;
    qsizetype m_at = 0;
    QList<QByteArrayView> m_fields;
};

int toInt(QByteArrayView raw, bool *ok)
{
    return QString::fromLatin1(raw.data(), raw.size()).toInt(ok);
}

// What the answer says besides rows. For --read, rows go to `sink` as they are read (readXls
// checks the whole answer first, with a sink that keeps nothing).
struct Answer
{
    QStringList names;
    int sheet = -1;
    XlsProblem problem;
    bool cancelled = false;
};

// For --read, `path` and `sheet` are what was asked: the sheet the helper says it read must be the
// one chooseSheet() picks here, or nothing is delivered.
bool parseAnswer(const QByteArray &bytes, Answer *answer, const RowSink *sink = nullptr,
                 const QString &path = {}, const QString &sheet = {})
{
    AnswerReader reader(bytes);
    if (!reader.next() || reader.fields().size() != 1 || reader.fields().first() != kMagic)
        return false;
    int lastRow = 0;
    while (reader.next()) {
        const QList<QByteArrayView> &f = reader.fields();
        const QByteArrayView tag = f.first();
        if (tag == kEnd) {
            return f.size() == 1 && !reader.next();
        } else if (tag == "S" && f.size() == 2) {
            QString name;
            if (!AnswerReader::unescape(f[1], &name) || answer->names.size() > 0xFFFF)
                return false;
            answer->names << name;
        } else if (tag == "P" && f.size() == 2 && f[1] == "password") {
            answer->problem.kind = XlsProblem::Kind::Password;
        } else if (tag == "P" && f.size() == 3 && f[1] == "damaged") {
            answer->problem.kind = XlsProblem::Kind::Damaged;
            if (!AnswerReader::unescape(f[2], &answer->problem.detail))
                return false;
        } else if (tag == "I" && f.size() == 2) {
            bool ok = false;
            answer->sheet = toInt(f[1], &ok);
            if (!ok || !sink || answer->sheet < 0 || answer->sheet >= answer->names.size()
                || answer->sheet != chooseSheet(path, answer->names, sheet, nullptr))
                return false;
        } else if (tag == "R" && f.size() >= 2 && sink && answer->sheet >= 0) {
            bool ok = false;
            const int row = toInt(f[1], &ok);
            if (!ok || row <= lastRow || row > kMaxRowNumber || f.size() - 2 > kMaxColumns)
                return false;
            lastRow = row;
            QVariantList cells;
            cells.reserve(f.size() - 2);
            for (qsizetype i = 2; i < f.size(); ++i) {
                QVariant v;
                if (!AnswerReader::cell(f[i], &v))
                    return false;
                cells << v;
            }
            if (!(*sink)(row, cells)) {
                answer->cancelled = true; // stops here: readXls checked the whole answer before
                return true;
            }
        } else {
            return false;
        }
    }
    return false; // no END
}

} // namespace

int xlsHelperMain(const QStringList &arguments, std::FILE *out)
{
    // arguments: program, then --sheets FILE | --read FILE [--sheet NAME]
    const QStringList args = arguments.mid(1);
    const bool sheets = args.size() == 2 && args[0] == QLatin1String("--sheets");
    const bool read = (args.size() == 2 || (args.size() == 4 && args[2] == QLatin1String("--sheet")))
                   && args[0] == QLatin1String("--read");
    if (!sheets && !read) {
        std::fputs("usage: township-ledger-xls --sheets FILE | --read FILE [--sheet NAME]\n"
                   "Reads a legacy Excel 97-2003 workbook for Township Ledger.\n",
            stderr);
        return 64;
    }
    const QString path = args[1];
    AnswerWriter w(out);
    w.line(kMagic);
    if (sheets) {
        XlsProblem problem;
        const QStringList names = xlsSheetNamesInProcess(path, &problem, nullptr);
        if (problem.kind != XlsProblem::Kind::None)
            writeProblem(w, problem);
        else
            writeNames(w, names);
    } else {
        XlsReadInfo info;
        bool namesWritten = false;
        const auto sink = [&](int row, const QVariantList &cells) {
            if (!namesWritten) {
                writeNames(w, info.names);
                w.begin('I');
                w.field(QByteArray::number(info.sheet));
                w.end();
                namesWritten = true;
            }
            w.begin('R');
            w.field(QByteArray::number(row));
            for (const QVariant &cell : cells)
                w.field(AnswerWriter::cell(cell));
            w.end();
            return !w.failed(); // the reader went away: stop
        };
        // readXlsInProcess fills info.names and info.sheet before the first row.
        const Result result = readXlsInProcess(path, args.size() == 4 ? args[3] : QString(), sink, &info, nullptr);
        if (!namesWritten) {
            writeNames(w, info.names);
            if (info.sheet >= 0 && info.problem.kind == XlsProblem::Kind::None) {
                w.begin('I');
                w.field(QByteArray::number(info.sheet));
                w.end();
            }
        }
        if (info.problem.kind != XlsProblem::Kind::None)
            writeProblem(w, info.problem);
        if (result == Result::Cancelled)
            return 74;
    }
    return w.finish() ? 0 : 74;
}

QStringList xlsSheetNames(const QString &path, QString *error)
{
    const QByteArray bytes = runHelper(path, { QStringLiteral("--sheets"), path }, error);
    if (bytes.isEmpty())
        return {};
    Answer answer;
    if (!parseAnswer(bytes, &answer, nullptr)) {
        setError(error, damagedMessage(path, "xls", couldNotRead()));
        return {};
    }
    if (answer.problem.kind != XlsProblem::Kind::None) {
        setError(error, xlsProblemMessage(path, answer.problem));
        return {};
    }
    return answer.names;
}

Result readXls(const QString &path, const QString &sheet, const RowSink &sink, QString *error)
{
    QStringList arguments{ QStringLiteral("--read"), path };
    if (!sheet.isEmpty())
        arguments << QStringLiteral("--sheet") << sheet;
    const QByteArray bytes = runHelper(path, arguments, error);
    if (bytes.isEmpty())
        return Result::Failed;
    // Checked whole first, so a garbled answer delivers no row at all.
    Answer answer;
    const RowSink ignore = [](int, const QVariantList &) { return true; };
    if (!parseAnswer(bytes, &answer, &ignore, path, sheet)) {
        setError(error, damagedMessage(path, "xls", couldNotRead()));
        return Result::Failed;
    }
    if (answer.problem.kind == XlsProblem::Kind::None && answer.sheet >= 0) {
        answer = Answer{};
        parseAnswer(bytes, &answer, &sink, path, sheet);
    }
    if (answer.problem.kind != XlsProblem::Kind::None) {
        setError(error, xlsProblemMessage(path, answer.problem));
        return Result::Failed;
    }
    // The helper chose the sheet as chooseSheet() does (checked when it said which); when it found
    // none, the message for an unknown name comes from here, in this program's language.
    if (answer.sheet < 0) {
        if (chooseSheet(path, answer.names, sheet, error) >= 0)
            setError(error, damagedMessage(path, "xls", couldNotRead()));
        return Result::Failed;
    }
    return answer.cancelled ? Result::Cancelled : Result::Ok;
}

} // namespace sheetsource

} // namespace tl
