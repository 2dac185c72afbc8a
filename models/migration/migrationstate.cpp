#include "models/migration/migrationstate.h"

#include <array>
#include <utility>

namespace Migration {

namespace {
constexpr std::array<std::pair<MigrationState, const char *>, 9> kNames{{
    {MigrationState::Planned, "Planned"},
    {MigrationState::Preflight, "Preflight"},
    {MigrationState::ScalingUp, "ScalingUp"},
    {MigrationState::Rebuilding, "Rebuilding"},
    {MigrationState::ScalingDown, "ScalingDown"},
    {MigrationState::Done, "Done"},
    {MigrationState::Failed, "Failed"},
    {MigrationState::Cancelled, "Cancelled"},
    {MigrationState::RolledBack, "RolledBack"},
}};
} // namespace

QString MigrationStates::toString(MigrationState state)
{
    for (const auto &[value, name] : kNames) {
        if (value == state)
            return QLatin1String(name);
    }
    return {};
}

bool MigrationStates::fromString(const QString &text, MigrationState *state)
{
    for (const auto &[value, name] : kNames) {
        if (text == QLatin1String(name)) {
            *state = value;
            return true;
        }
    }
    return false;
}

bool MigrationStates::isWaiting(MigrationState state)
{
    return state == MigrationState::Planned || state == MigrationState::Preflight;
}

bool MigrationStates::isFinal(MigrationState state)
{
    return state == MigrationState::Done || state == MigrationState::Failed ||
           state == MigrationState::Cancelled || state == MigrationState::RolledBack;
}

} // namespace Migration
