# core/container: image references, Pyxis flags, Enroot credentials, named containers.
target_sources(patagon-core PRIVATE
    container/imagereference.h container/imagereference.cpp
    container/pyxiscommand.h container/pyxiscommand.cpp
    container/enrootcredentials.h container/enrootcredentials.cpp
    container/clusterprobe.h container/clusterprobe.cpp
    container/registrycredentialsstore.h container/registrycredentialsstore.cpp
    container/importprogress.h container/importprogress.cpp
    container/containerservice.h container/containerservice_p.h container/containerservice.cpp
    container/containertask.cpp container/containerinstall.cpp
    container/containershell.h container/containershell.cpp
    container/shellmarks.h container/shellmarks.cpp
    container/typedinstallrecord.cpp
    container/pytorchcheck.h container/pytorchcheck.cpp
)
