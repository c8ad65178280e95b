#include "scorecardmodel.h"
#include "gui/palette.h"

#include "core/centertime.h"
#include "core/dossierlifecycle.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Motcua {

namespace {

QVariant optionalValue(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

ScorecardModel::ScorecardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ScorecardModel::setEntries(const QList<ScorecardEntry> &entries, ScorecardLevel level)
{
    beginResetModel();
    m_entries = entries;
    m_level = level;
    endResetModel();
}

int ScorecardModel::rowOf(const ScorecardEntry &e) const
{
    for (int r = 0; r < m_entries.size(); ++r) {
        const ScorecardEntry &x = m_entries.at(r);
        if (x.unitId == e.unitId && x.counterId == e.counterId && x.clerk == e.clerk)
            return r;
    }
    return -1;
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScorecardModel::entryLabel(const ScorecardEntry &e, ScorecardLevel level)
{
    switch (level) {
    case ScorecardLevel::Branch:
        return e.name;
    case ScorecardLevel::Clerk:
        return e.name.isEmpty() ? e.clerk : e.name;
    case ScorecardLevel::Counter:
        break;
    }
    if (e.counterId == 0)
        return tr("No counter (post, online)");
    if (e.counterNumber <= 0)
        return tr("Counter #%1").arg(e.counterId);
    QString label = tr("Counter %1").arg(e.counterNumber);
    if (!e.name.isEmpty() && !e.name.endsWith(QString::number(e.counterNumber)))
        label += QStringLiteral(" — ") + e.name;
    return label;
}

QString ScorecardModel::shortUnitName(const QString &name)
{
    const int dash = name.lastIndexOf(QStringLiteral(" – "));
    return dash > 0 ? name.mid(dash + 3) : name;
}

QString ScorecardModel::minutesSeconds(std::optional<double> seconds)
{
    if (!seconds)
        return QString();
    const int s = qRound(*seconds);
    return QStringLiteral("%1:%2")
            .arg(s / 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString ScorecardModel::percent(std::optional<double> share)
{
    return share ? tr("%1%").arg(QLocale().toString(*share * 100, 'f', 1)) : QString();
}

QVariant ScorecardModel::raw(const ScorecardEntry &e, int column) const
{
    const ScorecardFigures &f = e.figures;
    switch (column) {
    case Rank:
        return e.rank;
    case Name:
        return entryLabel(e, m_level);
    case Score:
        return optionalValue(e.score);
    case Received:
        return f.received();
    case ReceivedInPerson:
        return f.receivedInPerson;
    case ReceivedPost:
        return f.receivedPost;
    case ResolvedEarly:
        return f.resolvedEarly;
    case ResolvedOnTime:
        return f.resolvedOnTime;
    case ResolvedLate:
        return f.resolvedLate;
    case InProgressInTime:
        return f.inProgressInTime;
    case InProgressOverdue:
        return f.inProgressOverdue;
    case OnTimeRate:
        return optionalValue(f.onTimeRate());
    case SupplementRequests:
        return f.supplementRequests;
    case Refusals:
        return f.refusals;
    case ServiceMedian:
        return optionalValue(f.serviceMedianSeconds());
    case ServiceP90:
        return optionalValue(f.serviceP90Seconds());
    case TripsSpared:
        return optionalValue(f.tripsSpared());
    case VerySatisfied:
        return f.ratedVerySatisfied;
    case Satisfied:
        return f.ratedSatisfied;
    case Unsatisfied:
        return f.ratedUnsatisfied;
    case Satisfaction:
        return optionalValue(f.satisfaction());
    }
    return {};
}

QVariant ScorecardModel::display(const ScorecardEntry &e, int column) const
{
    const ScorecardFigures &f = e.figures;
    const QLocale locale;
    switch (column) {
    case Rank:
        return e.score ? QString::number(e.rank) : QStringLiteral("–");
    case Name:
        return m_level == ScorecardLevel::Branch ? shortUnitName(e.name) : entryLabel(e, m_level);
    case Score:
        return e.score ? locale.toString(*e.score, 'f', 1) : QStringLiteral("–");
    case OnTimeRate:
        return percent(f.onTimeRate());
    case ServiceMedian:
        return minutesSeconds(f.serviceMedianSeconds());
    case ServiceP90:
        return minutesSeconds(f.serviceP90Seconds());
    case TripsSpared:
        return percent(f.tripsSpared());
    case Satisfaction:
        return percent(f.satisfaction());
    }
    const QVariant v = raw(e, column);
    return v.isValid() ? locale.toString(v.toLongLong()) : QString();
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ScorecardEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::UserRole:
        return raw(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return entryLabel(e, m_level);
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Score || index.column() == Rank) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == ResolvedLate && e.figures.resolvedLate > 0)
            || (index.column() == InProgressOverdue && e.figures.inProgressOverdue > 0))
            return QBrush(Palette::error);
        return {};
    }
    return {};
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Name:
            return m_level == ScorecardLevel::Branch    ? tr("Branch")
                   : m_level == ScorecardLevel::Counter ? tr("Counter")
                                                        : tr("Clerk");
        case Score:
            return tr("Score");
        case Received:
            return tr("Received");
        case ReceivedInPerson:
            return tr("In\nperson");
        case ReceivedPost:
            return tr("By\npost");
        case ResolvedEarly:
            return tr("Early");
        case ResolvedOnTime:
            return tr("On\ntime");
        case ResolvedLate:
            return tr("Late");
        case InProgressInTime:
            return tr("In\ntime");
        case InProgressOverdue:
            return tr("Over-\ndue");
        case OnTimeRate:
            return tr("On-time\n%");
        case SupplementRequests:
            return tr("Supple-\nments");
        case Refusals:
            return tr("Refu-\nsals");
        case ServiceMedian:
            return tr("Service\nmedian");
        case ServiceP90:
            return tr("Service\np90");
        case TripsSpared:
            return tr("Trips\nspared");
        case VerySatisfied:
            return tr("Very\nsatisf.");
        case Satisfied:
            return tr("Satis-\nfied");
        case Unsatisfied:
            return tr("Not\nsatisf.");
        case Satisfaction:
            return tr("Satis-\nfaction");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank:
            return tr("Rank by composite score (1 = best)");
        case Score:
            return tr("Composite score 0–100, see the formula above the table");
        case Received:
            return tr("Dossiers received in the period (in person, by post and online)");
        case ReceivedInPerson:
            return tr("Received in person at the counter");
        case ReceivedPost:
            return tr("Received by post");
        case ResolvedEarly:
            return tr("Resolved before the due day");
        case ResolvedOnTime:
            return tr("Resolved on the due day, not after the due time");
        case ResolvedLate:
            return tr("Resolved after the due time");
        case InProgressInTime:
            return tr("In progress now, still in time");
        case InProgressOverdue:
            return tr("In progress now and overdue");
        case OnTimeRate:
            return tr("Resolved early or on time, of all resolved");
        case SupplementRequests:
            return tr("Supplement requests (Mẫu 02)");
        case Refusals:
            return tr("Refusals (Mẫu 03)");
        case ServiceMedian:
            return tr("Median service time at the counter (mm:ss)");
        case ServiceP90:
            return tr("90th percentile of the service time (mm:ss)");
        case TripsSpared:
            return tr("Received complete at the citizen's first visit, of all received");
        case VerySatisfied:
            return tr("Ratings: very satisfied");
        case Satisfied:
            return tr("Ratings: satisfied");
        case Unsatisfied:
            return tr("Ratings: not satisfied");
        case Satisfaction:
            return tr("Satisfaction: very satisfied 100%, satisfied 50%, not satisfied 0%");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return QVariant(Qt::AlignCenter);
    }
    return {};
}

void ScorecardModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

DossierListModel::DossierListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DossierListModel::setDossiers(const QList<OverdueDossier> &dossiers, const QDateTime &now)
{
    beginResetModel();
    m_dossiers = dossiers;
    m_now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    endResetModel();
}

qint64 DossierListModel::idAt(int row) const
{
    return row >= 0 && row < m_dossiers.size() ? m_dossiers.at(row).id : 0;
}

int DossierListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dossiers.size());
}

int DossierListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DossierListModel::lateness(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid() || due >= now)
        return QString();
    const qint64 minutes = due.secsTo(now) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
}

QVariant DossierListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_dossiers.size())
        return {};
    const OverdueDossier &d = m_dossiers.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Code:
            return d.code;
        case Applicant:
            return d.applicantName;
        case Procedure:
            return d.procedureName;
        case Unit:
            return role == Qt::DisplayRole ? ScorecardModel::shortUnitName(d.unitName) : d.unitName;
        case Department:
            return d.departmentName;
        case State: {
            const auto s = stateFromKey(d.state);
            return s ? stateLabel(*s) : d.state;
        }
        case Due:
            return CenterTime::timeDate(d.dueAt);
        case Late:
            return lateness(d.dueAt, m_now);
        }
    } else if (role == Qt::UserRole) {
        return index.column() == Late && d.dueAt.isValid() ? QVariant(d.dueAt.secsTo(m_now))
                                                           : QVariant(d.id);
    } else if (role == Qt::ForegroundRole && index.column() == Late) {
        return QBrush(Palette::error);
    }
    return {};
}

QVariant DossierListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Code:
        return tr("Dossier code");
    case Applicant:
        return tr("Applicant");
    case Procedure:
        return tr("Procedure");
    case Unit:
        return tr("Received at");
    case Department:
        return tr("Processing department");
    case State:
        return tr("State");
    case Due:
        return tr("Due");
    case Late:
        return tr("Late by");
    }
    return {};
}

void DossierListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_dossiers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Motcua
