// Logging category of the soft asserts.
#include "core/softassert.h"

Q_LOGGING_CATEGORY(lcAssert, "patagon.assert")
