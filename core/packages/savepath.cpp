// The --container-save path rule.
#include "core/packages/savepath.h"

#include "core/tr.h"

namespace Patagon::Packages {

Result checkSavePath(const QString &path, const QString &container)
{
    if (path.isEmpty())
        return Result::ok();
    const QString suffix = QStringLiteral(".sqsh");
    const QString fileName = path.section(u'/', -1);
    if (fileName.endsWith(suffix) && fileName.size() > suffix.size())
        return Result::ok();
    return Result::error(ErrorCode::InvalidInput,
                         Tr::tr("The file to save the container to must end in .sqsh, for "
                                "example containers/%1.sqsh.")
                             .arg(container));
}

} // namespace Patagon::Packages
