// SshSession's private state, shared by its source files (connecting and host keys in
// sshsession.cpp, logging in in sshauthentication.cpp). Internal to core/ssh.
#pragma once

#include "core/ssh/jumpchain.h"
#include "core/ssh/sshforwarder.h"
#include "core/ssh/sshhandles.h"
#include "core/ssh/sshsession.h"

#include "core/secretbytes.h"

#include <QStringList>

#include <map>
#include <memory>

namespace Patagon {

struct SshSession::Private
{
    explicit Private(SshInteraction *interaction)
        : jumps(interaction)
    {}

    // Declared first, so destroyed last: the cluster's session runs over the jump hosts'.
    JumpChain jumps;
    SessionPtr session;
    // While this session is a jump host's: the channel it carries to the next hop.
    std::unique_ptr<SshForwarder> forwarder;
    // Secrets the user gave in this session, kept in memory for reconnecting: each in one
    // buffer of its own, wiped when forgotten.
    SecretBytes password;
    std::map<QString, SecretBytes> passphrases; // by key file
    std::map<QString, SecretBytes> interactiveAnswers; // by prompt text (passwords only)
    // The key files to try, in OpenSSH's order: the profile's, every IdentityFile of the
    // profile's config block (looked up by the alias, in the profile's config file), the
    // default ones.
    QStringList keyFiles;

    ~Private() { forget(); }
    void forget()
    {
        password.clear();
        passphrases.clear();
        interactiveAnswers.clear();
    }
};

} // namespace Patagon
