// Soft asserts for programmer errors: log file:line and take the given action, never abort.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAssert)

#define PATAGON_ASSERT(cond, action) \
    if (Q_LIKELY(cond)) { \
    } else { \
        qCWarning(lcAssert, "soft assert \"%s\" failed at %s:%d", #cond, __FILE__, __LINE__); \
        action; \
    } \
    do { \
    } while (0)
