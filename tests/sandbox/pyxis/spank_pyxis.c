/*
 * A Pyxis-compatible SPANK plugin for the sandbox cluster (test infrastructure only; it never
 * ships with the app). It registers Pyxis's --container-* options with the same argument
 * syntax, for srun, sbatch and #SBATCH lines, and models what a user of Pyxis + Enroot sees:
 * images come from a local image store, named containers are per-user directories kept as
 * pyxis_<NAME> and reused, unnamed ones are removed when the step ends, tasks run inside the
 * container's root filesystem through an unprivileged user namespace (uid 0 inside with
 * --container-remap-root), a container's /usr is an overlay writable with --container-writable,
 * a private registry checks ~/.config/enroot/.credentials, --container-save writes squashfs and a
 * squashfs path is an image, and errors read like Pyxis's and Enroot's. See README.md beside it.
 *
 * Plugin arguments (plugstack.conf): store=DIR spool=DIR [enroot_version=X.Y.Z]
 *   [rootfs_writable=0|1] [mount_home=0|1]
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <regex.h>
#include <sched.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/fsuid.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <slurm/slurm.h>
#include <slurm/spank.h>

SPANK_PLUGIN(pyxis, 1);

enum {
    OPT_IMAGE = 1,
    OPT_MOUNTS,
    OPT_WORKDIR,
    OPT_NAME,
    OPT_SAVE,
    OPT_MOUNT_HOME,
    OPT_NO_MOUNT_HOME,
    OPT_REMAP_ROOT,
    OPT_NO_REMAP_ROOT,
    OPT_ENTRYPOINT,
    OPT_NO_ENTRYPOINT,
    OPT_ENTRYPOINT_LOG,
    OPT_WRITABLE,
    OPT_READONLY,
    OPT_ENV,
    OPT_UNSHARE,
};

/* The options as the user gave them; -1 means "not given". */
static struct {
    char *image;
    char *mounts;
    char *workdir;
    char *name;
    char *name_flag;
    char *save;
    char *env;
    char *unshare;
    int mount_home;
    int remap_root;
    int entrypoint;
    int entrypoint_log;
    int writable;
} args = {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, -1, -1, -1, -1, -1};

static struct {
    char store[PATH_MAX];
    char spool[PATH_MAX];
    char enroot_version[32];
    int rootfs_writable;
    int mount_home;
} config = {"", "", "3.4.1", 0, 1};

static int option_cb(int val, const char *optarg, int remote);

static struct spank_option options[] = {
    {"container-image", "[USER@][REGISTRY#]IMAGE[:TAG]|PATH",
     "[pyxis] the image to use for the container filesystem. Can be either a docker image given "
     "as an enroot URI, or a path to a squashfs file on the remote host filesystem.",
     1, OPT_IMAGE, option_cb},
    {"container-mounts", "SRC:DST[:FLAGS][,SRC:DST...]",
     "[pyxis] bind mount[s] inside the container. Mount flags are separated with \"+\", e.g. "
     "\"ro+rprivate\"",
     1, OPT_MOUNTS, option_cb},
    {"container-workdir", "PATH", "[pyxis] working directory inside the container", 1,
     OPT_WORKDIR, option_cb},
    {"container-name", "NAME[:FLAG]",
     "[pyxis] name to use for saving and loading the container on the host. Unnamed "
     "containers are removed after the slurm task is complete; named containers are not. If a "
     "container with this name already exists, the existing container is used and the import "
     "is skipped. FLAG can be auto (default), create, exec or no_exec.",
     1, OPT_NAME, option_cb},
    {"container-save", "PATH",
     "[pyxis] Save the container state to a squashfs file on the remote host filesystem.", 1,
     OPT_SAVE, option_cb},
    {"container-mount-home", NULL,
     "[pyxis] bind mount the user's home directory. System-level enroot settings might cause "
     "this directory to be already-mounted.",
     0, OPT_MOUNT_HOME, option_cb},
    {"no-container-mount-home", NULL, "[pyxis] do not bind mount the user's home directory", 0,
     OPT_NO_MOUNT_HOME, option_cb},
    {"container-remap-root", NULL,
     "[pyxis] ask to be remapped to root inside the container. Does not grant elevated system "
     "permissions, despite appearances.",
     0, OPT_REMAP_ROOT, option_cb},
    {"no-container-remap-root", NULL, "[pyxis] do not remap to root inside the container", 0,
     OPT_NO_REMAP_ROOT, option_cb},
    {"container-entrypoint", NULL, "[pyxis] execute the entrypoint from the container image", 0,
     OPT_ENTRYPOINT, option_cb},
    {"no-container-entrypoint", NULL,
     "[pyxis] do not execute the entrypoint from the container image", 0, OPT_NO_ENTRYPOINT,
     option_cb},
    {"container-entrypoint-log", NULL, "[pyxis] print the output of the entrypoint script", 0,
     OPT_ENTRYPOINT_LOG, option_cb},
    {"container-writable", NULL, "[pyxis] make the container filesystem writable", 0,
     OPT_WRITABLE, option_cb},
    {"container-readonly", NULL, "[pyxis] make the container filesystem read-only", 0,
     OPT_READONLY, option_cb},
    {"container-env", "NAME[,NAME...]",
     "[pyxis] names of environment variables to override with the host environment and set at "
     "the entrypoint. By default, all exported host environment variables are set in the "
     "container after the entrypoint is run, but their existing values in the image take "
     "precedence; the variables specified with this flag are preserved from the host and set "
     "before the entrypoint runs",
     1, OPT_ENV, option_cb},
    {"container-unshare", "NAMESPACE[,NAMESPACE...]",
     "[pyxis] unshare additional namespaces (net, ipc, uts)", 1, OPT_UNSHARE, option_cb},
    SPANK_OPTIONS_TABLE_END};

/* ------------------------------------------------------------------------------ helpers */

static void set_string(char **slot, const char *value)
{
    free(*slot);
    *slot = value ? strdup(value) : NULL;
}

static int parse_bool(const char *s, int *out)
{
    if (!strcasecmp(s, "1") || !strcasecmp(s, "true") || !strcasecmp(s, "yes")
        || !strcasecmp(s, "y")) {
        *out = 1;
        return 0;
    }
    if (!strcasecmp(s, "0") || !strcasecmp(s, "false") || !strcasecmp(s, "no")
        || !strcasecmp(s, "n")) {
        *out = 0;
        return 0;
    }
    return -1;
}

static int version_at_least(const char *version, int major)
{
    return atoi(version) >= major;
}

/* A message to the user's terminal (or the job's output file), as Pyxis prints its progress. */
static void user_message(const char *format, ...)
{
    char buf[4096];
    va_list ap;
    va_start(ap, format);
    vsnprintf(buf, sizeof buf, format, ap);
    va_end(ap);
    dprintf(STDERR_FILENO, "pyxis: %s\n", buf);
}

/* An error, as slurmstepd prints the errors of its plugins: "slurmstepd: error: pyxis: ...". */
static void user_error(const char *format, ...)
{
    char buf[4096];
    va_list ap;
    va_start(ap, format);
    vsnprintf(buf, sizeof buf, format, ap);
    va_end(ap);
    slurm_error("pyxis: %s", buf);
}

static int validate_mounts(const char *spec)
{
    static const char *const known[] = {"ro",       "rw",     "nosuid",  "suid",   "nodev",
                                        "dev",      "noexec", "exec",    "bind",   "rbind",
                                        "private",  "rprivate", "slave", "rslave", "shared",
                                        "rshared",  "unbindable", "runbindable", NULL};
    char *copy = strdup(spec), *save = NULL, *entry;
    int rc = 0;
    for (entry = strtok_r(copy, ",", &save); entry && rc == 0;
         entry = strtok_r(NULL, ",", &save)) {
        char *src = entry, *dst = strchr(entry, ':'), *flags = NULL;
        if (dst) {
            *dst++ = '\0';
            flags = strchr(dst, ':');
            if (flags)
                *flags++ = '\0';
        }
        if (!*src || (dst && !*dst)) {
            rc = -1;
            break;
        }
        if (flags) {
            char *fsave = NULL, *flag;
            char *fcopy = strdup(flags);
            for (flag = strtok_r(fcopy, "+", &fsave); flag; flag = strtok_r(NULL, "+", &fsave)) {
                int ok = 0;
                for (int i = 0; known[i]; ++i)
                    ok |= !strcmp(flag, known[i]);
                if (!ok)
                    rc = -1;
            }
            free(fcopy);
        }
    }
    free(copy);
    if (rc != 0)
        slurm_error("pyxis: invalid mount specification: %s", spec);
    return rc;
}

static int option_cb(int val, const char *optarg, int remote)
{
    (void)remote;
    switch (val) {
    case OPT_IMAGE:
        if (!optarg || !*optarg) {
            slurm_error("pyxis: --container-image: argument required");
            return -1;
        }
        set_string(&args.image, optarg);
        break;
    case OPT_MOUNTS:
        if (!optarg || !*optarg || validate_mounts(optarg) != 0)
            return -1;
        if (args.mounts) { /* several --container-mounts add up, as in Pyxis */
            char *joined = NULL;
            if (asprintf(&joined, "%s,%s", args.mounts, optarg) < 0)
                return -1;
            free(args.mounts);
            args.mounts = joined;
        } else {
            set_string(&args.mounts, optarg);
        }
        break;
    case OPT_WORKDIR:
        if (!optarg || *optarg != '/') {
            slurm_error("pyxis: --container-workdir: the path must be absolute");
            return -1;
        }
        set_string(&args.workdir, optarg);
        break;
    case OPT_NAME: {
        if (!optarg || !*optarg) {
            slurm_error("pyxis: --container-name: argument required");
            return -1;
        }
        char *copy = strdup(optarg);
        char *flag = strchr(copy, ':');
        if (flag) {
            *flag++ = '\0';
            if (strcmp(flag, "auto") && strcmp(flag, "create") && strcmp(flag, "exec")
                && strcmp(flag, "no_exec")) {
                slurm_error("pyxis: --container-name: invalid flag: %s", flag);
                free(copy);
                return -1;
            }
        }
        if (!*copy || strchr(copy, '/')) {
            slurm_error("pyxis: --container-name: invalid name: %s", copy);
            free(copy);
            return -1;
        }
        set_string(&args.name, copy);
        set_string(&args.name_flag, flag ? flag : "auto");
        free(copy);
        break;
    }
    case OPT_SAVE:
        if (!optarg || !*optarg || optarg[strlen(optarg) - 1] == '/') {
            slurm_error("pyxis: --container-save: target is a directory");
            return -1;
        }
        set_string(&args.save, optarg);
        break;
    case OPT_MOUNT_HOME:
        args.mount_home = 1;
        break;
    case OPT_NO_MOUNT_HOME:
        args.mount_home = 0;
        break;
    case OPT_REMAP_ROOT:
        args.remap_root = 1;
        break;
    case OPT_NO_REMAP_ROOT:
        args.remap_root = 0;
        break;
    case OPT_ENTRYPOINT:
        args.entrypoint = 1;
        break;
    case OPT_NO_ENTRYPOINT:
        args.entrypoint = 0;
        break;
    case OPT_ENTRYPOINT_LOG:
        args.entrypoint_log = 1;
        break;
    case OPT_WRITABLE:
        args.writable = 1;
        break;
    case OPT_READONLY:
        args.writable = 0;
        break;
    case OPT_ENV:
        if (!optarg || !*optarg) {
            slurm_error("pyxis: --container-env: argument required");
            return -1;
        }
        set_string(&args.env, optarg);
        break;
    case OPT_UNSHARE: {
        char *copy = strdup(optarg ? optarg : ""), *save = NULL, *ns;
        for (ns = strtok_r(copy, ",", &save); ns; ns = strtok_r(NULL, ",", &save)) {
            if (strcmp(ns, "net") && strcmp(ns, "ipc") && strcmp(ns, "uts")) {
                slurm_error("pyxis: --container-unshare: unknown namespace: %s", ns);
                free(copy);
                return -1;
            }
        }
        free(copy);
        set_string(&args.unshare, optarg);
        break;
    }
    default:
        return -1;
    }
    return 0;
}

static void parse_plugin_args(int ac, char **av)
{
    for (int i = 0; i < ac; ++i) {
        int b;
        if (!strncmp(av[i], "store=", 6))
            snprintf(config.store, sizeof config.store, "%s", av[i] + 6);
        else if (!strncmp(av[i], "spool=", 6))
            snprintf(config.spool, sizeof config.spool, "%s", av[i] + 6);
        else if (!strncmp(av[i], "enroot_version=", 15))
            snprintf(config.enroot_version, sizeof config.enroot_version, "%s", av[i] + 15);
        else if (!strncmp(av[i], "rootfs_writable=", 16) && parse_bool(av[i] + 16, &b) == 0)
            config.rootfs_writable = b;
        else if (!strncmp(av[i], "mount_home=", 11) && parse_bool(av[i] + 11, &b) == 0)
            config.mount_home = b;
        else
            slurm_error("pyxis: unknown plugin argument: %s", av[i]);
    }
}

int slurm_spank_init(spank_t sp, int ac, char **av)
{
    parse_plugin_args(ac, av);
    /* Registered here, not through a static spank_options table: only this reaches sbatch. */
    for (int i = 0; options[i].name; ++i) {
        if (spank_option_register(sp, &options[i]) != ESPANK_SUCCESS) {
            slurm_error("pyxis: couldn't register option %s", options[i].name);
            return -1;
        }
    }
    return 0;
}

/* The PYXIS_CONTAINER_* variables of the job's environment stand for options not given. */
static void load_env_fallbacks(spank_t sp)
{
    char buf[8192];
    struct {
        const char *var;
        char **slot;
    } strings[] = {{"PYXIS_CONTAINER_IMAGE", &args.image},
                   {"PYXIS_CONTAINER_MOUNTS", &args.mounts},
                   {"PYXIS_CONTAINER_WORKDIR", &args.workdir},
                   {"PYXIS_CONTAINER_SAVE", &args.save},
                   {"PYXIS_CONTAINER_ENV", &args.env},
                   {"PYXIS_CONTAINER_UNSHARE", &args.unshare}};
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; ++i) {
        if (!*strings[i].slot && spank_getenv(sp, strings[i].var, buf, sizeof buf) == ESPANK_SUCCESS
            && *buf)
            set_string(strings[i].slot, buf);
    }
    if (!args.name && spank_getenv(sp, "PYXIS_CONTAINER_NAME", buf, sizeof buf) == ESPANK_SUCCESS
        && *buf)
        option_cb(OPT_NAME, buf, 1);
    struct {
        const char *var;
        int *slot;
    } bools[] = {{"PYXIS_CONTAINER_MOUNT_HOME", &args.mount_home},
                 {"PYXIS_CONTAINER_REMAP_ROOT", &args.remap_root},
                 {"PYXIS_CONTAINER_ENTRYPOINT", &args.entrypoint},
                 {"PYXIS_CONTAINER_ENTRYPOINT_LOG", &args.entrypoint_log},
                 {"PYXIS_CONTAINER_WRITABLE", &args.writable}};
    for (size_t i = 0; i < sizeof bools / sizeof bools[0]; ++i) {
        int b;
        if (*bools[i].slot < 0 && spank_getenv(sp, bools[i].var, buf, sizeof buf) == ESPANK_SUCCESS
            && parse_bool(buf, &b) == 0)
            *bools[i].slot = b;
    }
    int b;
    if (args.writable < 0 && spank_getenv(sp, "PYXIS_CONTAINER_READONLY", buf, sizeof buf) == ESPANK_SUCCESS
        && parse_bool(buf, &b) == 0)
        args.writable = !b;
}

/* ------------------------------------------------------------------- image references */

struct image_ref {
    char user[256];
    char registry[256];
    char image[512];
    char tag[256];
    char digest[160];
};

static int regex_group(const char *s, const regmatch_t *m, char *out, size_t size)
{
    if (m->rm_so < 0) {
        *out = '\0';
        return 0;
    }
    size_t n = (size_t)(m->rm_eo - m->rm_so);
    if (n >= size)
        return -1;
    memcpy(out, s + m->rm_so, n);
    out[n] = '\0';
    return 0;
}

/* Enroot's parser: 'docker://[USER@][REGISTRY#]IMAGE[:TAG]', from 4.0 also '@sha256:...' and a
 * Docker-style registry as the first path part when it holds '.' or ':'. */
static int parse_uri(const char *uri, struct image_ref *ref)
{
    const int v4 = version_at_least(config.enroot_version, 4);
    const char *pattern
        = "^docker://(([[:alnum:]_.!~*'()%;:&=+$,-@]+)@)?(([^#]+)#)?([[:lower:][:digit:]/._-]+)"
          "(:([[:alnum:]._:-]+))?$";
    regex_t re;
    regmatch_t m[10];
    memset(ref, 0, sizeof *ref);
    if (v4) {
        /* POSIX ERE has no lazy quantifier: split the tag and digest off by hand. */
        const char *prefix = "docker://";
        if (strncmp(uri, prefix, strlen(prefix)))
            return -1;
        char rest[1024];
        snprintf(rest, sizeof rest, "%s", uri + strlen(prefix));
        char *at_digest = strstr(rest, "@sha256:");
        if (at_digest) {
            snprintf(ref->digest, sizeof ref->digest, "%s", at_digest + 1);
            *at_digest = '\0';
            for (const char *p = ref->digest + 7; *p; ++p)
                if (!isxdigit((unsigned char)*p))
                    return -1;
            if (strlen(ref->digest) != 7 + 64)
                return -1;
        }
        pattern = "^(([[:alnum:]_.!~*'()%;:&=+$,-@]+)@)?(([^#]+)#)?([[:lower:][:digit:]/._:-]+)$";
        if (regcomp(&re, pattern, REG_EXTENDED) != 0)
            return -1;
        int rc = regexec(&re, rest, 10, m, 0);
        regfree(&re);
        if (rc != 0)
            return -1;
        if (regex_group(rest, &m[2], ref->user, sizeof ref->user)
            || regex_group(rest, &m[4], ref->registry, sizeof ref->registry)
            || regex_group(rest, &m[5], ref->image, sizeof ref->image))
            return -1;
        /* IMAGE[:TAG]: the tag is what follows the last ':' after the last '/'. */
        char *slash = strrchr(ref->image, '/');
        char *colon = strrchr(slash ? slash : ref->image, ':');
        if (colon) {
            snprintf(ref->tag, sizeof ref->tag, "%s", colon + 1);
            *colon = '\0';
            if (!*ref->tag)
                return -1;
        }
        if (!*ref->registry && strchr(ref->image, '/')) {
            char first[256];
            size_t n = (size_t)(strchr(ref->image, '/') - ref->image);
            if (n < sizeof first) {
                memcpy(first, ref->image, n);
                first[n] = '\0';
                if (strchr(first, '.') || strchr(first, ':')) {
                    snprintf(ref->registry, sizeof ref->registry, "%s", first);
                    memmove(ref->image, ref->image + n + 1, strlen(ref->image + n + 1) + 1);
                }
            }
        }
        if (strchr(ref->image, ':') || !*ref->image || ref->image[0] == '/'
            || ref->image[strlen(ref->image) - 1] == '/')
            return -1;
        return 0;
    }
    if (regcomp(&re, pattern, REG_EXTENDED) != 0)
        return -1;
    int rc = regexec(&re, uri, 10, m, 0);
    regfree(&re);
    if (rc != 0)
        return -1;
    if (regex_group(uri, &m[2], ref->user, sizeof ref->user)
        || regex_group(uri, &m[4], ref->registry, sizeof ref->registry)
        || regex_group(uri, &m[5], ref->image, sizeof ref->image)
        || regex_group(uri, &m[7], ref->tag, sizeof ref->tag))
        return -1;
    return 0;
}

/* The image store's directory for a reference, from $STORE/images/aliases ("REGISTRY/IMAGE DIR
 * [login]"); *login tells whether the registry wants credentials. */
static int resolve_image(const struct image_ref *ref, char *dir, size_t size, int *login)
{
    char key[1024], path[PATH_MAX], line[2048];
    const char *registry = *ref->registry ? ref->registry : "registry-1.docker.io";
    if (!strcmp(registry, "docker.io") || !strcmp(registry, "index.docker.io"))
        registry = "registry-1.docker.io";
    const int hub = strstr(registry, "docker.io") != NULL;
    snprintf(key, sizeof key, "%s/%s%s", registry, hub && !strchr(ref->image, '/') ? "library/" : "",
             ref->image);
    snprintf(path, sizeof path, "%s/images/aliases", config.store);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int found = -1;
    while (fgets(line, sizeof line, f)) {
        char k[1024], d[256], l[16] = "";
        if (line[0] == '#' || sscanf(line, "%1023s %255s %15s", k, d, l) < 2)
            continue;
        if (!strcmp(k, key)) {
            snprintf(dir, size, "%s/images/%s", config.store, d);
            *login = !strcmp(l, "login");
            found = 0;
            break;
        }
    }
    fclose(f);
    return found;
}

static void manifest_url(const struct image_ref *ref, char *out, size_t size)
{
    const char *registry = *ref->registry ? ref->registry : "registry-1.docker.io";
    const int hub = strstr(registry, "docker.io") != NULL;
    snprintf(out, size, "https://%s/v2/%s%s/manifests/%s", registry,
             hub && !strchr(ref->image, '/') ? "library/" : "", ref->image,
             *ref->digest ? ref->digest : (*ref->tag ? ref->tag : "latest"));
}

/* ---------------------------------------------------------------------- processes, files */

static int run_command(char *const argv[])
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, STDIN_FILENO);
            dup2(null, STDOUT_FILENO);
        }
        execv(argv[0], argv);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static int write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, text, strlen(text));
    close(fd);
    return n == (ssize_t)strlen(text) ? 0 : -1;
}

static int mkdir_p(const char *path, mode_t mode)
{
    char buf[PATH_MAX];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; ++p) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(buf, mode) < 0 && errno != EEXIST)
                return -1;
            *p = '/';
        }
    }
    if (mkdir(buf, mode) < 0 && errno != EEXIST)
        return -1;
    return 0;
}

/* Where SRC (a directory or a file) is mounted, DST must exist as the same kind. */
static int make_mount_point(const char *src, const char *dst)
{
    struct stat st;
    if (stat(src, &st) < 0)
        return -1;
    if (S_ISDIR(st.st_mode))
        return mkdir_p(dst, 0755);
    char parent[PATH_MAX];
    snprintf(parent, sizeof parent, "%s", dst);
    char *slash = strrchr(parent, '/');
    if (slash && slash != parent) {
        *slash = '\0';
        if (mkdir_p(parent, 0755) < 0)
            return -1;
    }
    int fd = open(dst, O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0 && errno != EEXIST && errno != EISDIR)
        return -1;
    if (fd >= 0)
        close(fd);
    return 0;
}

/* Flags a remount inside a user namespace must keep (the kernel locks them). */
static unsigned long locked_flags(const char *path)
{
    struct statvfs sv;
    unsigned long flags = 0;
    if (statvfs(path, &sv) == 0) {
        if (sv.f_flag & ST_NOSUID)
            flags |= MS_NOSUID;
        if (sv.f_flag & ST_NODEV)
            flags |= MS_NODEV;
        if (sv.f_flag & ST_NOEXEC)
            flags |= MS_NOEXEC;
        if (sv.f_flag & ST_NOATIME)
            flags |= MS_NOATIME;
        if (sv.f_flag & ST_NODIRATIME)
            flags |= MS_NODIRATIME;
        if (sv.f_flag & ST_RELATIME)
            flags |= MS_RELATIME;
    }
    return flags;
}

static int bind_mount(const char *src, const char *dst, int readonly)
{
    if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0) {
        user_error("couldn't bind mount %s on %s: %s", src, dst, strerror(errno));
        return -1;
    }
    if (readonly
        && mount(NULL, dst, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | locked_flags(dst), NULL) < 0) {
        user_error("couldn't make %s read-only: %s", dst, strerror(errno));
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------------- containers */

struct step_info {
    uid_t uid;
    gid_t gid;
    uint32_t job_id;
    uint32_t step_id;
    char home[PATH_MAX];
    char data[PATH_MAX];      /* $STORE/data/user-UID: the user's containers */
    char container[PATH_MAX]; /* the container's root filesystem */
};

static int step_info(spank_t sp, struct step_info *info)
{
    memset(info, 0, sizeof *info);
    if (spank_get_item(sp, S_JOB_UID, &info->uid) != ESPANK_SUCCESS
        || spank_get_item(sp, S_JOB_GID, &info->gid) != ESPANK_SUCCESS
        || spank_get_item(sp, S_JOB_ID, &info->job_id) != ESPANK_SUCCESS
        || spank_get_item(sp, S_JOB_STEPID, &info->step_id) != ESPANK_SUCCESS)
        return -1;
    struct passwd *pw = getpwuid(info->uid);
    if (pw)
        snprintf(info->home, sizeof info->home, "%s", pw->pw_dir);
    snprintf(info->data, sizeof info->data, "%s/data/user-%u", config.store, (unsigned)info->uid);
    return 0;
}

static void unnamed_container_path(const struct step_info *info, char *out, size_t size)
{
    if (info->step_id == SLURM_BATCH_SCRIPT)
        snprintf(out, size, "%s/pyxis_%u.batch", info->data, info->job_id);
    else
        snprintf(out, size, "%s/pyxis_%u.%u", info->data, info->job_id, info->step_id);
}

static void print_enroot_log(const char *const lines[])
{
    user_error("child %d failed with error code: 1", (int)getpid());
    user_error("failed to import docker image");
    user_error("printing enroot log file:");
    for (int i = 0; lines[i]; ++i)
        user_error("    %s", lines[i]);
}

/* The credentials Enroot would send: the netrc entry for HOST (with login USER when the reference
 * names one) in ~/.config/enroot/.credentials. Returns 1 when found, 0 when not, -1 when the file
 * is unsafe (the sandbox's own check: readable by others). */
static int find_credentials(const char *path, const char *host, const char *user, char *login,
                            size_t login_size, char *password, size_t password_size)
{
    struct stat st;
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    if (fstat(fileno(f), &st) == 0 && (st.st_mode & 077)) {
        fclose(f);
        return -1;
    }
    char token[1024], machine[1024] = "", l[1024] = "", pw[1024] = "";
    int in_entry = 0, found = 0;
    /* netrc: whitespace-separated tokens; each "machine" (or "default") starts an entry. */
    for (;;) {
        const int end = fscanf(f, "%1023s", token) != 1;
        if (end || !strcmp(token, "machine") || !strcmp(token, "default")) {
            if (in_entry && !strcmp(machine, host) && (!*user || !strcmp(l, user))) {
                found = 1;
                break;
            }
            if (end)
                break;
            in_entry = 1;
            *machine = *l = *pw = '\0';
            if (!strcmp(token, "machine") && fscanf(f, "%1023s", machine) != 1)
                break;
        } else if (in_entry && !strcmp(token, "login")) {
            if (fscanf(f, "%1023s", l) != 1)
                break;
        } else if (in_entry && !strcmp(token, "password")) {
            if (fscanf(f, "%1023s", pw) != 1)
                break;
        }
    }
    fclose(f);
    if (found) {
        snprintf(login, login_size, "%s", l);
        snprintf(password, password_size, "%s", pw);
    }
    explicit_bzero(pw, sizeof pw);
    return found;
}

/* A private registry's answer to the user's credentials, as Enroot logs it on failure. */
static int authenticate(const struct step_info *info, const struct image_ref *ref)
{
    static const char sandbox_login[] = "researcher", sandbox_password[] = "s3cret-token";
    char path[PATH_MAX + 64], login[256] = "", password[256] = "", auth[600], line[1600];
    snprintf(path, sizeof path, "%s/.config/enroot/.credentials", info->home);
    const int found = find_credentials(path, ref->registry, ref->user, login, sizeof login,
                                       password, sizeof password);
    const int ok = found == 1 && !strcmp(login, sandbox_login)
                   && !strcmp(password, sandbox_password);
    explicit_bzero(password, sizeof password);
    if (ok)
        return 0;
    if (found < 0) {
        snprintf(line, sizeof line,
                 "[ERROR] Credentials file %s can be read by other users: run 'chmod 600' on it "
                 "(a check of the sandbox; Enroot itself does not make it)",
                 path);
        const char *const lines[] = {line, NULL};
        print_enroot_log(lines);
        return -1;
    }
    snprintf(auth, sizeof auth, "[INFO] Authenticating with user: %s",
             found ? login : (*ref->user ? ref->user : "<anonymous>"));
    if (found) {
        snprintf(line, sizeof line,
                 "[ERROR] URL https://%s/token?scope=repository:%s:pull&service=%s returned "
                 "error code: 401 Unauthorized",
                 ref->registry, ref->image, ref->registry);
        const char *const lines[] = {"[INFO] Querying registry for permission grant", auth, line,
                                     NULL};
        print_enroot_log(lines);
    } else {
        char url[1400];
        manifest_url(ref, url, sizeof url);
        snprintf(line, sizeof line, "[ERROR] URL %s returned error code: 401 Unauthorized", url);
        const char *const lines[] = {"[INFO] Querying registry for permission grant", auth,
                                     "[INFO] Authentication succeeded",
                                     "[INFO] Fetching image manifest list",
                                     "[INFO] Fetching image manifest", line, NULL};
        print_enroot_log(lines);
    }
    return -1;
}

/* The container's /usr is an overlay over its image's (state in usr/.pyxis, hidden under the
 * overlay); a container made from a squashfs file holds its own /usr instead. */
static int make_overlay_state(const char *rootfs)
{
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/usr/.pyxis/upper", rootfs);
    if (mkdir_p(path, 0755) < 0)
        return -1;
    snprintf(path, sizeof path, "%s/usr/.pyxis", rootfs);
    chmod(path, 0700);
    snprintf(path, sizeof path, "%s/usr/.pyxis/work", rootfs);
    return mkdir_p(path, 0755);
}

/* Enroot's create from a squashfs file (an image path, or what --container-save wrote). */
static int unpack_squashfs(const char *image, const char *target)
{
    char path[PATH_MAX], tmp[PATH_MAX + 32];
    struct stat st;
    if (!realpath(image, path) || stat(path, &st) < 0 || !S_ISREG(st.st_mode)) {
        user_error("    [ERROR] No such file or directory: %s", image);
        return -1;
    }
    snprintf(tmp, sizeof tmp, "%s.tmp%d", target, (int)getpid());
    char *const unsquashfs[] = {"/usr/bin/unsquashfs", "-quiet", "-no-progress", "-no-xattrs",
                                "-d", tmp, path, NULL};
    if (run_command(unsquashfs) != 0 || rename(tmp, target) != 0) {
        user_error("    [ERROR] Failed to extract squashfs image: %s", path);
        char *const rm[] = {"/usr/bin/rm", "-rf", "--", tmp, NULL};
        run_command(rm);
        return -1;
    }
    return 0;
}

/* Enroot's import + create: the image's small top-level folders are copied into a container
 * folder owned by the user; the image's /usr is mounted (as an overlay) when the container
 * starts. */
static int import_image(const struct step_info *info, const char *image, const char *target)
{
    char uri[1200], line[1400], url[1400], image_dir[PATH_MAX];
    struct image_ref ref;
    int login = 0;

    if (strstr(image, "://"))
        snprintf(uri, sizeof uri, "%s", image);
    else if (image[0] == '/' || image[0] == '.')
        return unpack_squashfs(image, target);
    else
        snprintf(uri, sizeof uri, "docker://%s", image);

    user_message("importing docker image: %s", image);
    if (strncmp(uri, "docker://", 9) || parse_uri(uri, &ref) != 0) {
        snprintf(line, sizeof line, "[ERROR] Invalid image reference: %s", uri);
        const char *const lines[] = {line, NULL};
        print_enroot_log(lines);
        return -1;
    }
    if (resolve_image(&ref, image_dir, sizeof image_dir, &login) != 0) {
        const char *registry = *ref.registry ? ref.registry : "registry-1.docker.io";
        manifest_url(&ref, url, sizeof url);
        snprintf(line, sizeof line, "[ERROR] URL %s returned error code: %s", url,
                 strstr(registry, "docker.io") ? "401 Unauthorized" : "404 Not Found");
        char auth[600];
        snprintf(auth, sizeof auth, "[INFO] Authenticating with user: %s",
                 *ref.user ? ref.user : "<anonymous>");
        const char *const lines[] = {"[INFO] Querying registry for permission grant", auth,
                                     "[INFO] Authentication succeeded",
                                     "[INFO] Fetching image manifest list",
                                     "[INFO] Fetching image manifest", line, NULL};
        print_enroot_log(lines);
        return -1;
    }
    if (login && authenticate(info, &ref) != 0)
        return -1;

    char tmp[PATH_MAX + 32], src[PATH_MAX + 16];
    snprintf(tmp, sizeof tmp, "%s.tmp%d", target, (int)getpid());
    snprintf(src, sizeof src, "%s/rootfs", image_dir);
    char *const cp[] = {"/usr/bin/cp", "-a", "--", src, tmp, NULL};
    if (run_command(cp) != 0 || make_overlay_state(tmp) != 0 || rename(tmp, target) != 0) {
        user_error("couldn't create the container filesystem in %s", target);
        char *const rm[] = {"/usr/bin/rm", "-rf", "--", tmp, NULL};
        run_command(rm);
        return -1;
    }
    user_message("imported docker image: %s", image);
    return 0;
}

/* Makes sure the container's root filesystem exists; import it under a lock so that several
 * tasks of one step import once. */
static int prepare_container(struct step_info *info)
{
    if (mkdir(info->data, 0700) < 0 && errno != EEXIST) {
        user_error("couldn't create %s: %s", info->data, strerror(errno));
        return -1;
    }
    if (args.name)
        snprintf(info->container, sizeof info->container, "%s/pyxis_%s", info->data, args.name);
    else
        unnamed_container_path(info, info->container, sizeof info->container);

    char lock[PATH_MAX + 8];
    snprintf(lock, sizeof lock, "%s/.lock", info->data);
    int fd = open(lock, O_CREAT | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0 || flock(fd, LOCK_EX) < 0) {
        user_error("couldn't lock %s: %s", lock, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    struct stat st;
    const int exists = stat(info->container, &st) == 0 && S_ISDIR(st.st_mode);
    int rc = 0;
    if (args.name && exists && !strcmp(args.name_flag, "create")) {
        user_error("container %s already exists", args.name);
        rc = -1;
    } else if (args.name && !exists && !strcmp(args.name_flag, "exec")) {
        user_error("container %s does not exist", args.name);
        rc = -1;
    } else if (!exists) {
        if (!args.image) {
            user_error("a container with name %s does not exist, and --container-image is not set",
                       args.name);
            rc = -1;
        } else {
            rc = import_image(info, args.image, info->container);
        }
    }
    flock(fd, LOCK_UN);
    close(fd);
    return rc;
}

static int in_list(const char *list, const char *name)
{
    if (!list)
        return 0;
    char *copy = strdup(list), *save = NULL, *item;
    int found = 0;
    for (item = strtok_r(copy, ",", &save); item && !found; item = strtok_r(NULL, ",", &save))
        found = !strcmp(item, name);
    free(copy);
    return found;
}

/* The image's environment (etc/environment, as Enroot writes it) overrides the host's, except
 * the variables named by --container-env. */
static void apply_image_environment(spank_t sp, const char *rootfs)
{
    char path[PATH_MAX + 32], line[8192];
    snprintf(path, sizeof path, "%s/etc/environment", rootfs);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *eq = strchr(line, '=');
        if (line[0] == '#' || !eq || eq == line)
            continue;
        *eq = '\0';
        char host[8];
        if (in_list(args.env, line) && spank_getenv(sp, line, host, sizeof host) != ESPANK_ENV_NOEXIST)
            continue;
        spank_setenv(sp, line, eq + 1, 1);
    }
    fclose(f);
}

static int mount_user_mounts(const char *rootfs)
{
    if (!args.mounts)
        return 0;
    char *copy = strdup(args.mounts), *save = NULL, *entry;
    int rc = 0;
    for (entry = strtok_r(copy, ",", &save); entry && rc == 0; entry = strtok_r(NULL, ",", &save)) {
        char *src = entry, *dst = strchr(entry, ':'), *flags = NULL;
        if (dst) {
            *dst++ = '\0';
            flags = strchr(dst, ':');
            if (flags)
                *flags++ = '\0';
        } else {
            dst = src;
        }
        char target[PATH_MAX * 2];
        snprintf(target, sizeof target, "%s/%s", rootfs, dst);
        int readonly = 0;
        if (flags) {
            char *fsave = NULL, *flag;
            for (flag = strtok_r(flags, "+", &fsave); flag; flag = strtok_r(NULL, "+", &fsave))
                if (!strcmp(flag, "ro"))
                    readonly = 1;
        }
        if (make_mount_point(src, target) < 0) {
            user_error("couldn't create mount point %s for %s: %s", dst, src, strerror(errno));
            rc = -1;
        } else {
            rc = bind_mount(src, target, readonly);
        }
    }
    free(copy);
    return rc;
}

/* The skeleton of an image's /usr for one user: its directories, owned by the user. It lies
 * between the container's upper layer and the image's /usr (files of the build root, owned by a
 * uid the user namespace does not map): overlayfs copies up only what the user owns, so without
 * it nothing could be created under /usr. */
static char skeleton_base[PATH_MAX];
static size_t image_usr_length;

static int make_skeleton_dir(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)ftw;
    if (type != FTW_D)
        return 0;
    char dir[PATH_MAX * 2];
    snprintf(dir, sizeof dir, "%s%s", skeleton_base, path + image_usr_length);
    if (mkdir(dir, (st->st_mode & 07777) | S_IRWXU) < 0 && errno != EEXIST)
        return -1;
    return 0;
}

static int ensure_skeleton(const char *data, const char *image_name, char *out, size_t size)
{
    char image_usr[PATH_MAX], stamp_path[PATH_MAX + 16], stamp[80] = "";
    snprintf(image_usr, sizeof image_usr, "%s/images/%s/usr", config.store, image_name);
    snprintf(stamp_path, sizeof stamp_path, "%s/images/%s/.stamp", config.store, image_name);
    FILE *f = fopen(stamp_path, "r");
    if (f) {
        if (!fgets(stamp, 17, f))
            *stamp = '\0';
        fclose(f);
    }
    stamp[strcspn(stamp, "\n")] = '\0';
    snprintf(out, size, "%s/.usr-%s-%s", data, image_name, stamp);
    struct stat st;
    if (stat(out, &st) == 0)
        return 0;
    snprintf(skeleton_base, sizeof skeleton_base, "%s.tmp%d", out, (int)getpid());
    image_usr_length = strlen(image_usr);
    if (nftw(image_usr, make_skeleton_dir, 32, FTW_PHYS) != 0
        || (rename(skeleton_base, out) < 0 && errno != EEXIST && errno != ENOTEMPTY)) {
        user_error("couldn't prepare the image's /usr for %s: %s", out, strerror(errno));
        char *const rm[] = {"/usr/bin/rm", "-rf", "--", skeleton_base, NULL};
        run_command(rm);
        return -1;
    }
    char *const rm[] = {"/usr/bin/rm", "-rf", "--", skeleton_base, NULL};
    run_command(rm); /* only left when another task made it first */
    return 0;
}

/* Whether the container holds its own /usr (made from a squashfs file). */
static int has_own_usr(const char *rootfs)
{
    char path[PATH_MAX + 16];
    struct stat st;
    snprintf(path, sizeof path, "%s/usr/bin", rootfs);
    return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Mounts the container's /usr (in its mount namespace): an overlay of its own changes over the
 * skeleton and the image's /usr; read-only (all layers lower) unless WRITABLE. */
static int mount_usr(const char *rootfs, const char *image_name, const char *skeleton, int writable)
{
    char usr[PATH_MAX + 8], upper[PATH_MAX + 32], work[PATH_MAX + 32], options[PATH_MAX * 4];
    snprintf(usr, sizeof usr, "%s/usr", rootfs);
    snprintf(upper, sizeof upper, "%s/usr/.pyxis/upper", rootfs);
    snprintf(work, sizeof work, "%s/usr/.pyxis/work", rootfs);
    if (has_own_usr(rootfs))
        return 0;
    if (make_overlay_state(rootfs) < 0) {
        user_error("couldn't create %s: %s", upper, strerror(errno));
        return -1;
    }
    if (writable)
        snprintf(options, sizeof options,
                 "userxattr,lowerdir=%s:%s/images/%s/usr,upperdir=%s,workdir=%s", skeleton,
                 config.store, image_name, upper, work);
    else
        snprintf(options, sizeof options, "userxattr,lowerdir=%s:%s:%s/images/%s/usr", upper,
                 skeleton, config.store, image_name);
    if (mount("overlay", usr, "overlay", 0, options) < 0) {
        user_error("couldn't mount the container's /usr: %s", strerror(errno));
        return -1;
    }
    return 0;
}

/* Runs in the task, as the job's user, just before execve: new user and mount namespaces, the
 * container's mounts, then chroot. */
static int enter_container(spank_t sp, const struct step_info *info)
{
    const char *rootfs = info->container;
    char cwd[PATH_MAX] = "/", path[PATH_MAX * 2], skeleton[PATH_MAX + 300], image_name[256] = "";
    if (!getcwd(cwd, sizeof cwd))
        snprintf(cwd, sizeof cwd, "/");

    /* The container remembers its image (etc/pyxis-sandbox-image); that image's /usr is used. */
    snprintf(path, sizeof path, "%s/etc/pyxis-sandbox-image", rootfs);
    FILE *f = fopen(path, "r");
    if (!f || !fgets(image_name, sizeof image_name, f)) {
        user_error("container %s has no image record (%s)", rootfs, path);
        if (f)
            fclose(f);
        return -1;
    }
    fclose(f);
    image_name[strcspn(image_name, "\n")] = '\0';
    if (!has_own_usr(rootfs) && ensure_skeleton(info->data, image_name, skeleton, sizeof skeleton) < 0)
        return -1;

    apply_image_environment(sp, rootfs);

    const uid_t uid = getuid();
    const gid_t gid = getgid();
    const int remap = args.remap_root == 1;
    const int writable = args.writable >= 0 ? args.writable : config.rootfs_writable;
    const int mount_home = args.mount_home >= 0 ? args.mount_home : config.mount_home;
    int flags = CLONE_NEWUSER | CLONE_NEWNS;
    if (in_list(args.unshare, "net"))
        flags |= CLONE_NEWNET;
    if (in_list(args.unshare, "ipc"))
        flags |= CLONE_NEWIPC;
    if (in_list(args.unshare, "uts"))
        flags |= CLONE_NEWUTS;

    /* setuid() made the task non-dumpable, which would leave /proc/self/uid_map root's. */
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    if (unshare(flags) < 0) {
        user_error("couldn't create the container's namespaces: %s", strerror(errno));
        return -1;
    }
    char map[64];
    snprintf(map, sizeof map, "%u %u 1\n", remap ? 0U : (unsigned)uid, (unsigned)uid);
    if (write_file("/proc/self/setgroups", "deny") < 0 || write_file("/proc/self/uid_map", map) < 0) {
        user_error("couldn't write the user namespace's uid map: %s", strerror(errno));
        return -1;
    }
    snprintf(map, sizeof map, "%u %u 1\n", remap ? 0U : (unsigned)gid, (unsigned)gid);
    if (write_file("/proc/self/gid_map", map) < 0) {
        user_error("couldn't write the user namespace's gid map: %s", strerror(errno));
        return -1;
    }
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) {
        user_error("couldn't make the mounts private: %s", strerror(errno));
        return -1;
    }
    if (bind_mount(rootfs, rootfs, 0) < 0)
        return -1;

    if (mount_usr(rootfs, image_name, skeleton, writable) < 0)
        return -1;
    static const char *const system_mounts[] = {"/dev", "/proc", "/sys", NULL};
    for (int i = 0; system_mounts[i]; ++i) {
        snprintf(path, sizeof path, "%s%s", rootfs, system_mounts[i]);
        if (mkdir_p(path, 0755) < 0 || bind_mount(system_mounts[i], path, 0) < 0)
            return -1;
    }
    static const char *const tmpfs_mounts[][2] = {{"/tmp", "mode=1777"}, {"/run", "mode=0755"}};
    for (size_t i = 0; i < sizeof tmpfs_mounts / sizeof tmpfs_mounts[0]; ++i) {
        snprintf(path, sizeof path, "%s%s", rootfs, tmpfs_mounts[i][0]);
        if (mkdir_p(path, 0755) < 0
            || mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV, tmpfs_mounts[i][1]) < 0) {
            user_error("couldn't mount a tmpfs on %s: %s", tmpfs_mounts[i][0], strerror(errno));
            return -1;
        }
    }
    if (mount_home && *info->home) {
        snprintf(path, sizeof path, "%s%s", rootfs, info->home);
        if (mkdir_p(path, 0755) < 0 || bind_mount(info->home, path, 0) < 0)
            return -1;
    }
    /* The batch step runs the spooled slurm_script: it must be visible inside. */
    if (info->step_id == SLURM_BATCH_SCRIPT && *config.spool) {
        snprintf(path, sizeof path, "%s%s", rootfs, config.spool);
        if (mkdir_p(path, 0755) < 0 || bind_mount(config.spool, path, 1) < 0)
            return -1;
    }
    if (mount_user_mounts(rootfs) < 0)
        return -1;
    if (!writable
        && mount(NULL, rootfs, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | locked_flags(rootfs), NULL)
               < 0) {
        user_error("couldn't make the container filesystem read-only: %s", strerror(errno));
        return -1;
    }
    if (chroot(rootfs) < 0) {
        user_error("couldn't enter the container filesystem: %s", strerror(errno));
        return -1;
    }
    if (args.workdir) {
        if (mkdir_p(args.workdir, 0755) < 0 && errno != EROFS) {
            user_error("couldn't create the working directory %s: %s", args.workdir, strerror(errno));
            return -1;
        }
        if (chdir(args.workdir) < 0) {
            user_error("couldn't chdir to %s: %s", args.workdir, strerror(errno));
            return -1;
        }
    } else if (chdir(cwd) < 0 && chdir("/") < 0) {
        user_error("couldn't chdir to /: %s", strerror(errno));
        return -1;
    }
    return 0;
}

int slurm_spank_task_init(spank_t sp, int ac, char **av)
{
    (void)ac;
    (void)av;
    if (!spank_remote(sp))
        return 0;
    load_env_fallbacks(sp);
    if (!args.image && !args.name)
        return 0;
    if (!*config.store) {
        user_error("the plugin has no image store (store= in plugstack.conf)");
        return -1;
    }
    struct step_info info;
    if (step_info(sp, &info) < 0) {
        user_error("couldn't read the job's identity");
        return -1;
    }
    if (prepare_container(&info) < 0 || enter_container(sp, &info) < 0) {
        user_error("couldn't start container");
        return -1;
    }
    return 0;
}

/* The container's image name (etc/pyxis-sandbox-image). */
static int read_image_name(const char *rootfs, char *out, size_t size)
{
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/etc/pyxis-sandbox-image", rootfs);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    const int ok = fgets(out, (int)size, f) != NULL;
    fclose(f);
    out[strcspn(out, "\n")] = '\0';
    return ok && *out ? 0 : -1;
}

/* --container-save, in the forked helper, as the user: the container's root (with its /usr
 * overlay mounted, in a mount namespace of its own) becomes a squashfs file, written beside the
 * target and renamed over it. */
static int save_container_as_user(const struct step_info *info, const char *target)
{
    char image_name[256] = "", skeleton[PATH_MAX + 300] = "", tmp[PATH_MAX + 32], map[64];
    if (setgroups(0, NULL) < 0 || setgid(info->gid) < 0 || setuid(info->uid) < 0)
        return -1;
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    if (!has_own_usr(info->container)
        && (read_image_name(info->container, image_name, sizeof image_name) < 0
            || ensure_skeleton(info->data, image_name, skeleton, sizeof skeleton) < 0))
        return -1;
    if (unshare(CLONE_NEWUSER | CLONE_NEWNS) < 0)
        return -1;
    snprintf(map, sizeof map, "%u %u 1\n", (unsigned)info->uid, (unsigned)info->uid);
    if (write_file("/proc/self/setgroups", "deny") < 0 || write_file("/proc/self/uid_map", map) < 0)
        return -1;
    snprintf(map, sizeof map, "%u %u 1\n", (unsigned)info->gid, (unsigned)info->gid);
    if (write_file("/proc/self/gid_map", map) < 0
        || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0
        || mount_usr(info->container, image_name, skeleton, 0) < 0)
        return -1;
    snprintf(tmp, sizeof tmp, "%s.tmp%d", target, (int)getpid());
    /* Enroot's default ENROOT_SQUASH_OPTIONS. */
    char source[PATH_MAX];
    snprintf(source, sizeof source, "%s", info->container);
    char *const mksquashfs[] = {"/usr/bin/mksquashfs", source, tmp, "-noappend",
                                "-all-root", "-no-xattrs", "-no-progress", "-quiet", "-comp",
                                "lzo", "-noD", NULL};
    if (run_command(mksquashfs) != 0 || chmod(tmp, 0644) < 0 || rename(tmp, target) < 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}

/* Pyxis saves the container when the step's (first) task has ended. */
int slurm_spank_task_exit(spank_t sp, int ac, char **av)
{
    (void)ac;
    (void)av;
    uint32_t task = 1;
    if (!spank_remote(sp) || !*config.store
        || spank_get_item(sp, S_TASK_GLOBAL_ID, &task) != ESPANK_SUCCESS || task != 0)
        return 0;
    load_env_fallbacks(sp);
    if (!args.save || (!args.image && !args.name))
        return 0;
    struct step_info info;
    if (step_info(sp, &info) < 0)
        return 0;
    if (args.name)
        snprintf(info.container, sizeof info.container, "%s/pyxis_%s", info.data, args.name);
    else
        unnamed_container_path(&info, info.container, sizeof info.container);
    struct stat st;
    if (stat(info.container, &st) < 0)
        return 0;
    char target[PATH_MAX * 2], cwd[PATH_MAX] = "";
    if (args.save[0] == '/') {
        snprintf(target, sizeof target, "%s", args.save);
    } else {
        /* Relative to the task's working directory on the host. */
        if (spank_getenv(sp, "PWD", cwd, sizeof cwd) != ESPANK_SUCCESS || *cwd != '/')
            snprintf(cwd, sizeof cwd, "%s", info.home);
        snprintf(target, sizeof target, "%s/%s", cwd, args.save);
    }
    pid_t pid = fork();
    if (pid < 0)
        return 0;
    if (pid == 0)
        _exit(save_container_as_user(&info, target) == 0 ? 0 : 1);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        user_error("failed to save the container to %s", target);
    return 0;
}

static int unlock_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (type == FTW_DNR) /* overlayfs leaves its work folder with mode 0 */
        chmod(path, S_IRWXU);
    return 0;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    return type == FTW_DP ? rmdir(path) : unlink(path);
}

/* An unnamed container lives as long as its step: remove it as the job's user. */
int slurm_spank_exit(spank_t sp, int ac, char **av)
{
    (void)ac;
    (void)av;
    if (!spank_remote(sp) || !*config.store)
        return 0;
    struct step_info info;
    char path[PATH_MAX];
    struct stat st;
    if (step_info(sp, &info) < 0)
        return 0;
    unnamed_container_path(&info, path, sizeof path);
    if (lstat(path, &st) < 0)
        return 0;
    /* In this thread only, with the user's file-system identity: a forked helper would be
     * killed with the step's processes, and root must not delete what the user could not. */
    const gid_t old_fsgid = (gid_t)setfsgid(info.gid);
    const uid_t old_fsuid = (uid_t)setfsuid(info.uid);
    nftw(path, unlock_entry, 32, FTW_PHYS);
    if (nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS) != 0)
        slurm_error("pyxis: couldn't remove the container %s: %s", path, strerror(errno));
    setfsuid(old_fsuid);
    setfsgid(old_fsgid);
    return 0;
}
