# core/packages: pip and apt install plans for a container, and the manifest that replays them.
target_sources(patagon-core PRIVATE
    packages/packageplan.h packages/packageplan.cpp
    packages/packagemanifest.h packages/packagemanifest.cpp
    packages/savepath.h packages/savepath.cpp
    packages/typedinstall.h packages/typedinstall.cpp
)
