#include "committees/PersonDialog.h"

#include "committees/CommitteeRepository.h"
#include "common/FieldStyle.h"
#include "edits/CommitteeEdits.h"
#include "shell/LedgerContext.h"
#include "committees/ReserveRepository.h"
#include "model/VillageRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

namespace {
// QDateEdit cannot be empty: its minimum stands for "unknown" and shows as such.
const QDate kUnknownDate(1899, 12, 31);
// The "None" radio's id; QButtonGroup reserves -1 (it means "assign an id").
constexpr int kNoPost = 9;

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QDateEdit *dateEdit(QWidget *parent, const QString &objectName)
{
    auto *e = new QDateEdit(parent);
    e->setObjectName(objectName);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    return e;
}

QLabel *sectionHint(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return l;
}
} // namespace

PersonDialog::PersonDialog(LedgerContext *context, qint64 villageId, qint64 personId, Mode mode, QWidget *parent)
    : QDialog(parent), m_context(context), m_villageId(villageId), m_personId(personId), m_mode(mode)
{
    setObjectName(QStringLiteral("PersonDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    if (m_personId > 0)
        m_stored = PersonRepository(context->ledger()).get(m_personId);
    const QString villageName = VillageRepository(context->ledger()).get(villageId).value_or(Village{}).name;
    if (m_stored)
        setWindowTitle(tr("Edit %1 – %2").arg(m_stored->name, villageName));
    else if (mode == Mode::Reserve)
        setWindowTitle(tr("New reserve cadre – %1").arg(villageName));
    else
        setWindowTitle(tr("Add member – %1").arg(villageName));

    auto *layout = new QVBoxLayout(this);
    auto *personBox = new QGroupBox(tr("Person"), this);
    auto *grid = new QGridLayout(personBox);
    buildPersonFields(grid);
    layout->addWidget(personBox);

    if (mode == Mode::Member)
        layout->addWidget(buildPosts());
    else if (!m_stored)
        layout->addWidget(buildReserve());
    if (m_stored)
        layout->addWidget(buildHistory());

    layout->addStretch(1); // spare height goes below the fields, not between them
    m_refusal = FieldStyle::createErrorLabel(this, QStringLiteral("refusalLabel"));
    layout->addWidget(m_refusal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Enter saves
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!context->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    load();
    // No fixed minimum: the layout's own minimum then applies, so nothing is ever squeezed.
    resize(qMax(760, sizeHint().width()), sizeHint().height());
    m_name->setFocus();
}

void PersonDialog::buildPersonFields(QGridLayout *grid)
{
    QWidget *box = grid->parentWidget();
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(40);
    m_idNumber = new QLineEdit(box);
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_idNumber->setMaxLength(24);
    m_idNumber->setPlaceholderText(tr("18 characters; fills gender and birth date"));
    m_gender = new QComboBox(box);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_gender->addItem(tr("Unknown"), int(Gender::Unknown));
    m_gender->addItem(DomainText::gender(Gender::Male), int(Gender::Male));
    m_gender->addItem(DomainText::gender(Gender::Female), int(Gender::Female));
    m_birthDate = dateEdit(box, QStringLiteral("birthDateEdit"));
    m_birthDate->setDateRange(kUnknownDate, QDate(2100, 12, 31));
    m_birthDate->setSpecialValueText(tr("unknown"));
    m_ethnicity = new QComboBox(box);
    m_ethnicity->setObjectName(QStringLiteral("ethnicityCombo"));
    m_ethnicity->addItems(DomainText::ethnicities());
    m_ethnicity->setMaxVisibleItems(15);
    m_political = new QComboBox(box);
    m_political->setObjectName(QStringLiteral("politicalCombo"));
    for (PoliticalStatus p : DomainText::politicalStatuses())
        m_political->addItem(DomainText::political(p), int(p));
    m_education = new QComboBox(box);
    m_education->setObjectName(QStringLiteral("educationCombo"));
    for (Education e : DomainText::educations())
        m_education->addItem(DomainText::education(e), int(e));
    m_phone = new QLineEdit(box);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(tr("11-digit mobile number"));
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("noteEdit"));

    m_nameError = FieldStyle::createErrorLabel(box, QStringLiteral("nameError"));
    m_idNumberError = FieldStyle::createErrorLabel(box, QStringLiteral("idNumberError"));
    m_genderError = FieldStyle::createErrorLabel(box, QStringLiteral("genderError"));
    m_birthDateError = FieldStyle::createErrorLabel(box, QStringLiteral("birthDateError"));
    m_ethnicityError = FieldStyle::createErrorLabel(box, QStringLiteral("ethnicityError"));
    m_phoneError = FieldStyle::createErrorLabel(box, QStringLiteral("phoneError"));
    m_notes = sectionHint(QString(), box);
    m_notes->hide();

    // Two columns; each field has its reason in the row under it. Widgets were created in
    // reading order (left, right, next row), which is also the Tab order.
    auto put = [grid](int row, int col, const QString &text, QWidget *field, QLabel *error) {
        auto *label = new QLabel(text, grid->parentWidget());
        label->setBuddy(field);
        grid->addWidget(label, row, col, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(field, row, col + 1);
        if (error)
            grid->addWidget(error, row + 1, col + 1);
    };
    put(0, 0, tr("&Name:"), m_name, m_nameError);
    put(0, 2, tr("&ID number:"), m_idNumber, m_idNumberError);
    put(2, 0, tr("&Gender:"), m_gender, m_genderError);
    put(2, 2, tr("&Birth date:"), m_birthDate, m_birthDateError);
    put(4, 0, tr("E&thnic group:"), m_ethnicity, m_ethnicityError);
    put(4, 2, tr("&Political status:"), m_political, nullptr);
    put(6, 0, tr("&Education:"), m_education, nullptr);
    put(6, 2, tr("P&hone:"), m_phone, m_phoneError);
    auto *noteLabel = new QLabel(tr("N&ote:"), box);
    noteLabel->setBuddy(m_note);
    grid->addWidget(noteLabel, 8, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_note, 8, 1, 1, 3);
    grid->addWidget(m_notes, 9, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setVerticalSpacing(3);

    QWidget::setTabOrder(m_name, m_idNumber);
    QWidget::setTabOrder(m_idNumber, m_gender);
    QWidget::setTabOrder(m_gender, m_birthDate);
    QWidget::setTabOrder(m_birthDate, m_ethnicity);
    QWidget::setTabOrder(m_ethnicity, m_political);
    QWidget::setTabOrder(m_political, m_education);
    QWidget::setTabOrder(m_education, m_phone);
    QWidget::setTabOrder(m_phone, m_note);

    // A field is judged once the clerk has been in it (or on Save), not while the dialog is fresh.
    auto touched = [this](const QString &field) {
        return [this, field] {
            if (m_loading)
                return;
            m_touched.insert(field);
            validateNow();
        };
    };
    connect(m_name, &QLineEdit::textChanged, this, touched(QStringLiteral("name")));
    connect(m_idNumber, &QLineEdit::textEdited, this, &PersonDialog::onIdEdited);
    connect(m_idNumber, &QLineEdit::textChanged, this, touched(QStringLiteral("idNumber")));
    connect(m_gender, &QComboBox::currentIndexChanged, this, touched(QStringLiteral("gender")));
    connect(m_birthDate, &QDateEdit::dateChanged, this, touched(QStringLiteral("birthDate")));
    connect(m_ethnicity, &QComboBox::currentIndexChanged, this, touched(QStringLiteral("ethnicity")));
    connect(m_political, &QComboBox::currentIndexChanged, this, touched(QStringLiteral("political")));
    connect(m_education, &QComboBox::currentIndexChanged, this, touched(QStringLiteral("education")));
    connect(m_phone, &QLineEdit::textChanged, this, touched(QStringLiteral("phone")));
}

QWidget *PersonDialog::buildPosts()
{
    auto *box = new QGroupBox(tr("Posts in the current terms"), this);
    auto *v = new QVBoxLayout(box);
    CommitteeRepository committees(m_context->ledger());
    PersonRepository people(m_context->ledger());
    const QDate today = m_context->today();

    for (Body body : {Body::Party, Body::Committee, Body::Supervision}) {
        BodyEditor b;
        b.body = body;
        b.term = committees.currentTerm(m_villageId, body, today);
        if (b.term) {
            for (const Post &p : committees.posts(b.term->id)) {
                const bool current = !p.end.isValid() || p.end > today;
                if (!current)
                    continue;
                if (m_personId > 0 && p.personId == m_personId)
                    b.held = p;
                else if (p.role == Role::Chair)
                    b.chairHolder = tr("%1 since %2")
                                        .arg(people.get(p.personId).value_or(Person{}).name, isoDate(p.start));
            }
        }

        if (body != Body::Party) {
            auto *line = new QFrame(box);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            v->addWidget(line);
        }
        auto *title = new QLabel(box);
        title->setTextFormat(Qt::RichText);
        const QString termText = b.term ? tr("term %1, %2 to %3")
                                              .arg(b.term->number)
                                              .arg(isoDate(b.term->start), isoDate(b.term->end))
                                        : tr("no running term – open one on the overview tab");
        title->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style='color:gray'>%2</span>")
                           .arg(DomainText::body(body).toHtmlEscaped(), termText.toHtmlEscaped()));
        v->addWidget(title);

        // Radios in their own widget, so the arrow keys move inside one body only.
        auto *row = new QHBoxLayout;
        auto *radios = new QWidget(box);
        auto *radioLayout = new QHBoxLayout(radios);
        radioLayout->setContentsMargins(12, 0, 0, 0);
        b.roles = new QButtonGroup(radios);
        QList<std::pair<int, QString>> choices{{kNoPost, tr("None")},
                                               {int(Role::Chair), DomainText::role(body, Role::Chair)}};
        if (body != Body::Supervision)
            choices.append({int(Role::Deputy), DomainText::role(body, Role::Deputy)});
        choices.append({int(Role::Member), DomainText::role(body, Role::Member)});
        for (const auto &[id, text] : choices) {
            auto *radio = new QRadioButton(text, radios);
            radio->setObjectName(QStringLiteral("postRadio_%1_%2")
                                     .arg(bodyCode(body), id == kNoPost ? QStringLiteral("none")
                                                                        : roleCode(Role(id))));
            if (id == int(Role::Chair) && !b.chairHolder.isEmpty())
                radio->setToolTip(tr("Held by %1").arg(b.chairHolder));
            radio->setMinimumWidth(radio->sizeHint().width()); // never cut a post's name
            b.roles->addButton(radio, id);
            radioLayout->addWidget(radio);
        }
        radios->setEnabled(b.term.has_value() && !m_context->isReadOnly());
        row->addWidget(radios);
        row->addStretch(1);
        v->addLayout(row);

        // The start and the 资格联审 result of the chosen post, on a line of their own so long
        // post names never crowd them.
        auto *detail = new QHBoxLayout;
        detail->setContentsMargins(12, 0, 0, 0);
        auto *sinceLabel = new QLabel(tr("Since:"), box);
        b.start = dateEdit(box, QStringLiteral("postStart_%1").arg(bodyCode(body)));
        sinceLabel->setBuddy(b.start);
        auto *reviewLabel = new QLabel(tr("Qualification review:"), box);
        b.review = new QComboBox(box);
        b.review->setObjectName(QStringLiteral("postReview_%1").arg(bodyCode(body)));
        for (ReviewResult r : {ReviewResult::NotReviewed, ReviewResult::Passed, ReviewResult::Failed})
            b.review->addItem(DomainText::review(r), int(r));
        reviewLabel->setBuddy(b.review);
        detail->addWidget(sinceLabel);
        detail->addWidget(b.start);
        detail->addSpacing(16);
        detail->addWidget(reviewLabel);
        detail->addWidget(b.review);
        detail->addStretch(1);
        v->addLayout(detail);

        // Shown when a held post is unticked: the post ends, its history stays.
        b.endRow = new QWidget(box);
        auto *endLayout = new QHBoxLayout(b.endRow);
        endLayout->setContentsMargins(12, 0, 0, 0);
        b.end = dateEdit(b.endRow, QStringLiteral("postEnd_%1").arg(bodyCode(body)));
        b.endReason = new QComboBox(b.endRow);
        b.endReason->setObjectName(QStringLiteral("postEndReason_%1").arg(bodyCode(body)));
        b.endReason->setEditable(true);
        b.endReason->addItems({tr("Resigned"), tr("Removed from office"), tr("Deceased"), tr("Moved away"),
                               tr("Retired")});
        b.endReason->setCurrentIndex(-1);
        b.endReason->setMinimumWidth(180);
        auto *endLabel = new QLabel(tr("The current post ends on:"), b.endRow);
        endLabel->setBuddy(b.end);
        auto *reasonLabel = new QLabel(tr("Reason:"), b.endRow);
        reasonLabel->setBuddy(b.endReason);
        endLayout->addWidget(endLabel);
        endLayout->addWidget(b.end);
        endLayout->addSpacing(8);
        endLayout->addWidget(reasonLabel);
        endLayout->addWidget(b.endReason);
        endLayout->addStretch(1);
        b.endRow->hide();
        v->addWidget(b.endRow);

        b.error = FieldStyle::createErrorLabel(box, QStringLiteral("postError_%1").arg(bodyCode(body)));
        v->addWidget(b.error);

        auto changed = [this] {
            if (m_loading)
                return;
            updateBodyControls();
            validateNow();
        };
        connect(b.roles, &QButtonGroup::idToggled, this, [changed](int, bool checked) {
            if (checked)
                changed();
        });
        connect(b.start, &QDateEdit::dateChanged, this, changed);
        connect(b.end, &QDateEdit::dateChanged, this, changed);
        connect(b.endReason, &QComboBox::currentTextChanged, this, changed);
        m_bodies << b;
    }
    return box;
}

QWidget *PersonDialog::buildReserve()
{
    auto *box = new QGroupBox(tr("Reserve cadre"), this);
    auto *grid = new QGridLayout(box);
    m_reserveSource = new QComboBox(box);
    m_reserveSource->setObjectName(QStringLiteral("reserveSourceCombo"));
    for (const QString &code : DomainText::reserveSourceCodes())
        m_reserveSource->addItem(DomainText::reserveSource(code), code);
    m_reserveAdded = dateEdit(box, QStringLiteral("reserveAddedEdit"));
    m_reserveAdded->setDate(m_context->today());
    m_reserveNote = new QLineEdit(box);
    m_reserveNote->setObjectName(QStringLiteral("reserveNoteEdit"));
    auto add = [grid, box](int row, int col, const QString &text, QWidget *field, int span = 1) {
        auto *label = new QLabel(text, box);
        label->setBuddy(field);
        grid->addWidget(label, row, col, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(field, row, col + 1, 1, span);
    };
    add(0, 0, tr("So&urce:"), m_reserveSource);
    add(0, 2, tr("&Added on:"), m_reserveAdded);
    add(1, 0, tr("Reserve no&te:"), m_reserveNote, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

QWidget *PersonDialog::buildHistory()
{
    auto *box = new QGroupBox(tr("Post history"), this);
    auto *v = new QVBoxLayout(box);
    auto *table = new QTableWidget(box);
    table->setObjectName(QStringLiteral("postHistoryTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->setColumnCount(7);
    table->setHorizontalHeaderLabels(
        {tr("Body"), tr("Post"), tr("Term"), tr("Start"), tr("End"), tr("End reason"), tr("Qualification review")});
    CommitteeRepository committees(m_context->ledger());
    QHash<qint64, Term> terms;
    for (const Term &t : committees.terms(m_villageId))
        terms.insert(t.id, t);
    const QList<Post> posts = committees.postsOfPerson(m_personId);
    table->setRowCount(int(posts.size()));
    for (int r = 0; r < posts.size(); ++r) {
        const Post &p = posts[r];
        const Term t = terms.value(p.termId);
        const QStringList cells{DomainText::body(t.body),
                                DomainText::role(t.body, p.role),
                                QString::number(t.number),
                                isoDate(p.start),
                                isoDate(p.end),
                                p.endReason,
                                DomainText::review(p.review)};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows (up to 6, then it scrolls), so the dialog keeps no empty box.
    const int rows = qBound(1, int(posts.size()), 6);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() +
                          table->horizontalScrollBar()->sizeHint().height()); // room for it if needed
    if (posts.isEmpty())
        v->addWidget(sectionHint(tr("No posts recorded."), box));
    v->addWidget(table);
    return box;
}

void PersonDialog::load()
{
    m_loading = true;
    const Person p = m_stored.value_or(Person{});
    m_name->setText(p.name);
    m_idNumber->setText(p.idNumber);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(int(p.gender))));
    m_birthDate->setDate(p.birthDate.isValid() ? p.birthDate : kUnknownDate);
    m_ethnicity->setCurrentIndex(qMax(0, m_ethnicity->findText(p.ethnicity.isEmpty() ? QStringLiteral("汉族") : p.ethnicity)));
    m_political->setCurrentIndex(qMax(0, m_political->findData(int(p.political))));
    m_education->setCurrentIndex(qMax(0, m_education->findData(int(p.education))));
    m_phone->setText(p.phone);
    m_note->setText(p.note);
    const QDate today = m_context->today();
    for (BodyEditor &b : m_bodies) {
        if (b.held) {
            b.roles->button(int(b.held->role))->setChecked(true);
            b.start->setDate(b.held->start);
            b.review->setCurrentIndex(qMax(0, b.review->findData(int(b.held->review))));
        } else {
            b.roles->button(kNoPost)->setChecked(true);
            QDate start = today;
            if (b.term)
                start = qBound(b.term->start, today, b.term->end);
            b.start->setDate(start);
        }
        b.end->setDate(today);
    }
    m_loading = false;
    updateBodyControls();
    validateNow();
}

Person PersonDialog::currentPerson() const
{
    Person p = m_stored.value_or(Person{});
    p.villageId = m_stored ? m_stored->villageId : m_villageId;
    p.name = m_name->text();
    p.idNumber = m_idNumber->text();
    p.gender = Gender(m_gender->currentData().toInt());
    p.birthDate = m_birthDate->date() == kUnknownDate ? QDate() : m_birthDate->date();
    p.ethnicity = m_ethnicity->currentText();
    p.political = PoliticalStatus(m_political->currentData().toInt());
    p.education = Education(m_education->currentData().toInt());
    p.phone = m_phone->text();
    p.note = m_note->text();
    return p;
}

// A stored record may carry an ID number copied from paper that is still wrong; editing the
// phone must not be blocked by it. A newly typed ID number must be right.
PersonRepository::IdPolicy PersonDialog::idPolicy() const
{
    if (m_stored && m_idNumber->text().trimmed().toUpper() == m_stored->idNumber)
        return PersonRepository::IdPolicy::Lenient;
    return PersonRepository::IdPolicy::Strict;
}

int PersonDialog::chosenRole(const BodyEditor &b) const
{
    const int id = b.roles->checkedId();
    return id < 0 ? kNoPost : id;
}

void PersonDialog::onIdEdited(const QString &text)
{
    const IdNumberInfo info = Validators::checkIdNumber(text);
    if (!info.valid)
        return;
    // The ID number states gender and birth date; fill them so they cannot disagree.
    m_touched << QStringLiteral("gender") << QStringLiteral("birthDate");
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(int(info.gender))));
    m_birthDate->setDate(info.birthDate);
}

void PersonDialog::updateBodyControls()
{
    for (BodyEditor &b : m_bodies) {
        const int role = chosenRole(b);
        const bool writable = b.term.has_value() && !m_context->isReadOnly();
        b.start->setEnabled(writable && role != kNoPost);
        b.review->setEnabled(writable && role != kNoPost);
        b.endRow->setVisible(b.held && role == kNoPost);
    }
}

// Checks the post choice of one body against its term, before the ledger is asked.
QString PersonDialog::checkBody(const BodyEditor &b) const
{
    if (!b.term)
        return {};
    const int role = chosenRole(b);
    if (role == kNoPost) {
        if (!b.held)
            return {};
        if (b.end->date() < b.held->start)
            return tr("Ends on: %1 is before the post began (%2)").arg(isoDate(b.end->date()), isoDate(b.held->start));
        if (b.endReason->currentText().trimmed().isEmpty())
            return tr("Reason: say why the post ends (it stays in the history)");
        return {};
    }
    const QDate start = b.start->date();
    if (start < b.term->start || start > b.term->end)
        return tr("Since: %1 is outside term %2 (%3 to %4)")
            .arg(isoDate(start))
            .arg(b.term->number)
            .arg(isoDate(b.term->start), isoDate(b.term->end));
    if (b.held && role != int(b.held->role) && start < b.held->start)
        return tr("Since: the new post cannot start before the current one (%1)").arg(isoDate(b.held->start));
    if (role == int(Role::Chair) && !b.chairHolder.isEmpty() && (!b.held || b.held->role != Role::Chair))
        return tr("%1 is held by %2; end that post first").arg(DomainText::role(b.body, Role::Chair), b.chairHolder);
    return {};
}

bool PersonDialog::validateNow()
{
    Person p = currentPerson();
    QStringList notes;
    const PersonRepository::IdPolicy policy = idPolicy();
    const FieldErrors errors = PersonRepository(m_context->ledger()).validate(p, policy, &notes);

    // A new, empty dialog is not an error: a field is judged once it was typed in, or on Save.
    const bool judgeAll = m_triedSave || m_stored.has_value();
    auto show = [&](const QString &field, QWidget *editor, QLabel *label) {
        const bool judge = judgeAll || m_touched.contains(field);
        FieldStyle::setError(editor, label, judge ? FieldStyle::messagesFor(errors, field) : QString());
    };
    show(QStringLiteral("name"), m_name, m_nameError);
    show(QStringLiteral("idNumber"), m_idNumber, m_idNumberError);
    show(QStringLiteral("gender"), m_gender, m_genderError);
    show(QStringLiteral("birthDate"), m_birthDate, m_birthDateError);
    show(QStringLiteral("ethnicity"), m_ethnicity, m_ethnicityError);
    show(QStringLiteral("phone"), m_phone, m_phoneError);
    if (policy == PersonRepository::IdPolicy::Lenient && !m_idNumber->text().trimmed().isEmpty()) {
        const IdNumberInfo info = Validators::checkIdNumber(m_idNumber->text());
        if (!info.valid)
            FieldStyle::setWarning(m_idNumber, m_idNumberError,
                                   tr("ID number: %1 (kept as recorded; please correct it)").arg(info.error));
    }
    m_notes->setText(notes.join(QStringLiteral("; ")));
    m_notes->setVisible(!notes.isEmpty());

    bool ok = errors.isEmpty();
    for (const BodyEditor &b : m_bodies) {
        const QString problem = checkBody(b);
        FieldStyle::setError(nullptr, b.error, problem);
        ok = ok && problem.isEmpty();
    }
    if (ok && m_refusal->isVisible())
        FieldStyle::setError(nullptr, m_refusal, QString());
    return ok;
}

void PersonDialog::showRefusal(const QString &text)
{
    FieldStyle::setError(nullptr, m_refusal, text);
}

void PersonDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool PersonDialog::save()
{
    if (m_context->isReadOnly())
        return false;
    m_triedSave = true;
    if (!validateNow()) {
        showRefusal(tr("Not saved: correct the marked fields first."));
        return false;
    }
    if (m_mode == Mode::Member && !m_stored) {
        bool anyPost = false;
        for (const BodyEditor &b : m_bodies)
            anyPost = anyPost || chosenRole(b) != kNoPost;
        if (!anyPost) {
            showRefusal(tr("Not saved: choose a post in at least one body. People without a post belong on the "
                           "reserve cadres tab."));
            return false;
        }
    }

    // The form as one value; core writes the person, the post changes and the reserve entry as
    // one edit (one transaction, one undo step).
    edits::PersonEdit edit;
    edit.person = currentPerson();
    edit.idPolicy = idPolicy();
    edit.mode = m_mode == Mode::Reserve ? edits::PersonEdit::Mode::Reserve : edits::PersonEdit::Mode::Member;
    for (const BodyEditor &b : m_bodies) {
        edits::PostChoice c;
        c.body = b.body;
        c.termId = b.term ? b.term->id : 0;
        c.heldPostId = b.held ? b.held->id : 0;
        const int role = chosenRole(b);
        if (role != kNoPost)
            c.role = Role(role);
        c.start = b.start->date();
        c.review = ReviewResult(b.review->currentData().toInt());
        c.end = b.end->date();
        c.endReason = b.endReason->currentText();
        edit.posts << c;
    }
    if (m_reserveSource) {
        ReserveCadre r;
        r.villageId = m_villageId;
        r.source = m_reserveSource->currentData().toString();
        r.added = m_reserveAdded->date();
        r.note = m_reserveNote->text();
        edit.reserve = r;
    }
    const Result<qint64> result = edits::savePerson(m_context->ledger(), edit);
    if (!result) {
        const FieldErrors &fields = result.error().fields;
        for (const BodyEditor &b : m_bodies) {
            const QString why = FieldStyle::messagesFor(fields, edits::postField(b.body));
            if (!why.isEmpty())
                FieldStyle::setError(nullptr, b.error, why);
        }
        const bool personRefused = std::any_of(fields.cbegin(), fields.cend(), [](const FieldError &e) {
            return !e.field.startsWith(QLatin1String("post:"));
        });
        if (personRefused) {
            FieldStyle::setError(m_idNumber, m_idNumberError, FieldStyle::messagesFor(fields, QStringLiteral("idNumber")));
            FieldStyle::setError(m_name, m_nameError, FieldStyle::messagesFor(fields, QStringLiteral("name")));
            FieldStyle::setError(m_phone, m_phoneError, FieldStyle::messagesFor(fields, QStringLiteral("phone")));
        }
        showRefusal(tr("Not saved: %1").arg(result.message()));
        return false;
    }
    m_personId = *result;
    Q_EMIT saved(m_personId);
    return true;
}

} // namespace tl::ui
