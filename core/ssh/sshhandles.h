// Owning handles for libssh objects: each frees (and, where it matters, closes) its object
// when it goes out of scope, so no path through the SSH code frees by hand or twice.
// Internal to core/ssh.
#pragma once

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <memory>

namespace Patagon::SshHandles {

struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const
    {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
// libssh's own strings (fingerprints, user names, exit signals).
struct CharDeleter
{
    void operator()(char *text) const { ssh_string_free_char(text); }
};
// An SFTP session frees the channel it runs on.
struct SftpDeleter
{
    void operator()(sftp_session sftp) const { sftp_free(sftp); }
};
struct SftpFileDeleter
{
    void operator()(sftp_file file) const { sftp_close(file); }
};
struct SftpDirDeleter
{
    void operator()(sftp_dir dir) const { sftp_closedir(dir); }
};
struct SftpAttributesDeleter
{
    void operator()(sftp_attributes attributes) const { sftp_attributes_free(attributes); }
};
// An SFTP request in flight; waiting for its reply frees it (and sets the pointer to null).
struct SftpAioDeleter
{
    void operator()(sftp_aio aio) const { sftp_aio_free(aio); }
};
struct SftpLimitsDeleter
{
    void operator()(sftp_limits_t limits) const { sftp_limits_free(limits); }
};

} // namespace Patagon::SshHandles

namespace Patagon {

using SessionPtr = std::unique_ptr<ssh_session_struct, SshHandles::SessionDeleter>;
using KeyPtr = std::unique_ptr<ssh_key_struct, SshHandles::KeyDeleter>;
using ChannelPtr = std::unique_ptr<ssh_channel_struct, SshHandles::ChannelDeleter>;
using SshCharPtr = std::unique_ptr<char, SshHandles::CharDeleter>;
using SftpPtr = std::unique_ptr<sftp_session_struct, SshHandles::SftpDeleter>;
using SftpFilePtr = std::unique_ptr<sftp_file_struct, SshHandles::SftpFileDeleter>;
using SftpDirPtr = std::unique_ptr<sftp_dir_struct, SshHandles::SftpDirDeleter>;
using SftpAttributesPtr
    = std::unique_ptr<sftp_attributes_struct, SshHandles::SftpAttributesDeleter>;
using SftpAioPtr = std::unique_ptr<sftp_aio_struct, SshHandles::SftpAioDeleter>;
using SftpLimitsPtr = std::unique_ptr<sftp_limits_struct, SshHandles::SftpLimitsDeleter>;

} // namespace Patagon
