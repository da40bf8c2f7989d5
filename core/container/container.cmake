# core/container: image references, Pyxis flags, Enroot credentials, named containers.
target_sources(patagon-core PRIVATE
)
