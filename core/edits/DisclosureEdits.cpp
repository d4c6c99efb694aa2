#include "edits/DisclosureEdits.h"

#include "edits/ChangeSettings.h"
#include "edits/History.h"
#include "edits/Records.h"
#include "storage/Ledger.h"
#include "storage/Settings.h"

namespace tl::edits {

namespace {

// A new disclosure, or an edit of one, with its finance items. The first run validates and saves
// through the repository; the disclosure as it was then stored (its items' ids included) is what
// redo writes again, and the disclosure as it was before an edit is what undo writes back.
class SaveDisclosure : public Command
{
public:
    SaveDisclosure(Ledger &ledger, const QString &text, Disclosure value, bool adding)
        : Command(ledger, text, Change{Change::Kind::Disclosures, value.villageId, {}}),
          m_value(std::move(value)), m_adding(adding)
    {
        if (!m_adding)
            mutableChange().ids = {m_value.id};
    }

protected:
    Result<void> doRedo() override
    {
        DisclosureRepository repo(ledger());
        if (!firstRun()) {
            QString error;
            const bool ok = repo.restore(*m_after, &error);
            return fromWrite(ok, error);
        }
        if (!m_adding) {
            m_before = repo.get(m_value.id);
            if (!m_before)
                return Error::notFound(Command::tr("the record no longer exists"));
        }
        const Saved saved = m_adding ? repo.insert(m_value) : repo.update(m_value);
        if (!saved.ok())
            return Error::fromSaved(saved);
        m_after = repo.get(saved.id);
        if (!m_after)
            return Error::notFound(Command::tr("the record no longer exists"));
        if (m_adding) {
            setCreatedId(saved.id);
            mutableChange().ids = {saved.id};
        }
        return {};
    }

    Result<void> doUndo() override
    {
        DisclosureRepository repo(ledger());
        QString error;
        const bool ok = m_adding ? repo.remove(m_after->id, &error) : repo.restore(*m_before, &error);
        return fromWrite(ok, error);
    }

private:
    Disclosure m_value; // as the clerk entered it
    bool m_adding;
    std::optional<Disclosure> m_before, m_after;
};

// Deleting a disclosure takes its finance items with it; undo writes both back with their ids.
class RemoveDisclosure : public Command
{
public:
    RemoveDisclosure(Ledger &ledger, const QString &text, qint64 id, qint64 villageId)
        : Command(ledger, text, Change{Change::Kind::Disclosures, villageId, {id}}), m_id(id)
    {
    }

protected:
    Result<void> doRedo() override
    {
        DisclosureRepository repo(ledger());
        if (firstRun()) {
            m_before = repo.get(m_id);
            if (!m_before)
                return Error::notFound(Command::tr("the record no longer exists"));
        }
        QString error;
        const bool ok = repo.remove(m_id, &error);
        return fromWrite(ok, error);
    }

    Result<void> doUndo() override
    {
        QString error;
        const bool ok = DisclosureRepository(ledger()).restore(*m_before, &error);
        return fromWrite(ok, error);
    }

private:
    qint64 m_id;
    std::optional<Disclosure> m_before;
};

// Notice templates of one or more kinds; undo restores what was stored for each kind, unchecked.
class SaveNoticeTemplates : public Command
{
public:
    SaveNoticeTemplates(Ledger &ledger, const QString &text, QList<NoticeTemplate> templates)
        : Command(ledger, text, Change{Change::Kind::Settings, 0, {}}), m_templates(std::move(templates))
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (firstRun()) {
            m_before.clear();
            for (const NoticeTemplate &t : m_templates)
                m_before << qMakePair(t.kind, NoticeTemplates::stored(ledger(), t.kind));
        }
        QString error;
        for (const NoticeTemplate &t : m_templates)
            if (!NoticeTemplates::save(ledger(), t, &error))
                return Error::database(error);
        return {};
    }

    Result<void> doUndo() override
    {
        QString error;
        // In reverse, so that a kind given twice ends as it was before the first.
        for (auto it = m_before.crbegin(); it != m_before.crend(); ++it)
            if (!NoticeTemplates::restore(ledger(), it->first, it->second, &error))
                return Error::database(error);
        return {};
    }

private:
    QList<NoticeTemplate> m_templates;
    QList<QPair<NoticeKind, std::optional<NoticeTemplate>>> m_before;
};

} // namespace

Result<qint64> addDisclosure(Ledger &ledger, const Disclosure &disclosure)
{
    return ledger.history().push(std::make_unique<SaveDisclosure>(
        ledger, Command::tr("New disclosure “%1”").arg(disclosure.title.trimmed()), disclosure, true));
}

Result<void> editDisclosure(Ledger &ledger, const Disclosure &disclosure)
{
    return withoutValue(ledger.history().push(std::make_unique<SaveDisclosure>(
        ledger, Command::tr("Edit disclosure “%1”").arg(disclosure.title.trimmed()), disclosure, false)));
}

Result<void> removeDisclosure(Ledger &ledger, qint64 disclosureId)
{
    const std::optional<Disclosure> stored = DisclosureRepository(ledger).get(disclosureId);
    if (!stored)
        return Error::notFound(Command::tr("the record no longer exists"));
    return withoutValue(ledger.history().push(std::make_unique<RemoveDisclosure>(
        ledger, Command::tr("Delete disclosure “%1”").arg(stored->title), disclosureId, stored->villageId)));
}

Result<void> setDisclosureSettings(Ledger &ledger, const DisclosureSettings &settings, const NoticeFonts &fonts)
{
    return withoutValue(ledger.history().push(std::make_unique<ChangeSettings>(
        ledger, Command::tr("Change the disclosure rules and notice fonts"), [settings, fonts](Ledger &l) {
            QString error;
            const bool ok = SettingsStore(l).setDisclosure(settings, &error) && NoticeRenderer::setFonts(l, fonts, &error);
            return fromWrite(ok, error);
        })));
}

Result<void> saveNoticeTemplates(Ledger &ledger, const QList<NoticeTemplate> &templates)
{
    if (templates.isEmpty())
        return {};
    const QString text = templates.size() == 1
                             ? Command::tr("Change the template of the %1").arg(NoticeTemplates::kindName(templates.first().kind))
                             : Command::tr("Change %1 notice templates").arg(templates.size());
    return withoutValue(ledger.history().push(std::make_unique<SaveNoticeTemplates>(ledger, text, templates)));
}

} // namespace tl::edits
