// SshSession's login: ssh-agent, key files (asking for passphrases), keyboard-interactive
// (any number of prompts, one-time codes never kept) and password, in OpenSSH's order.
#include "core/ssh/sshsession.h"
#include "core/ssh/sshsession_p.h"

#include "core/servertext.h"
#include "core/ssh/sshhandles.h"
#include "core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <libssh/libssh.h>

namespace Patagon {

namespace {

// A keyboard-interactive prompt whose answer is a reusable password (kept for reconnecting),
// as opposed to a one-time code (never kept).
bool isReusablePasswordPrompt(const QString &prompt)
{
    static const QRegularExpression oneTime(
        QStringLiteral("one.?time|\\botp\\b|oath|verification|\\bcode\\b|token|duo|passcode|"
                       "authenticator|2fa|second factor"),
        QRegularExpression::CaseInsensitiveOption);
    return prompt.contains(QLatin1String("assword"), Qt::CaseInsensitive)
        && !oneTime.match(prompt).hasMatch();
}

bool looksLikeOneTimePrompt(const QString &prompt)
{
    return !isReusablePasswordPrompt(prompt);
}

// The passphrase callback of a key import that must not ask anyone (the app asks itself).
int refusePassphrase(const char *, char *, size_t, int, int, void *)
{
    return SSH_ERROR;
}

Result brokeDuringLogin(const QString &destination, ssh_session s)
{
    return Result::error(
        ErrorCode::Network,
        Tr::tr("The connection to %1 broke during login: %2.")
            .arg(destination, ServerText::sanitized(QByteArray(ssh_get_error(s)))));
}

} // namespace

bool CredentialRequest::isReusableSecret(int index) const
{
    if (index < 0 || index >= prompts.size())
        return false;
    if (kind != Kind::KeyboardInteractive)
        return true;
    return !prompts.at(index).echo && isReusablePasswordPrompt(prompts.at(index).text);
}

// What each jump host's session needs before it connects: the profile's known_hosts file
std::optional<SecretList> SshSession::ask(const CredentialRequest &request)
{
    if (!m_interaction)
        return std::nullopt;
    return m_interaction->answer(request);
}

Result SshSession::authenticate()
{
    ssh_session s = d->session.get();
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return Result::ok();
    if (rc == SSH_AUTH_ERROR)
        return brokeDuringLogin(m_destination, s);
    const int methods = ssh_userauth_list(s, nullptr);

    QString keyProblem;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        // ssh-agent first, as OpenSSH does.
        if (qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
            rc = ssh_userauth_agent(s, nullptr);
            if (rc == SSH_AUTH_SUCCESS)
                return Result::ok();
        }
        // Then the key files: the profile's, those of its config block, the default ones.
        const QStringList candidates = d->keyFiles;
        for (const QString &path : std::as_const(candidates)) {
            if (!QFileInfo::exists(path))
                continue;
            const QByteArray pathBytes = QDir::toNativeSeparators(path).toUtf8();
            // Offer the public half first: only a key the server would take is unlocked.
            ssh_key rawPub = nullptr;
            const QByteArray pubPath = pathBytes + ".pub";
            if (ssh_pki_import_pubkey_file(pubPath.constData(), &rawPub) == SSH_OK) {
                const KeyPtr pub(rawPub);
                if (ssh_userauth_try_publickey(s, nullptr, pub.get()) != SSH_AUTH_SUCCESS)
                    continue;
            }
            ssh_key rawPriv = nullptr;
            // Without a passphrase first; the callback refuses at once, so that OpenSSL never
            // prompts on the terminal itself (it does for legacy PEM keys otherwise).
            rc = ssh_pki_import_privkey_file(pathBytes.constData(), nullptr, refusePassphrase,
                                             nullptr, &rawPriv);
            bool retry = false;
            for (int attempt = 0; rc != SSH_OK && attempt < 3; ++attempt) {
                const auto kept = d->passphrases.find(path);
                SecretBytes passphrase
                    = kept != d->passphrases.end() ? kept->second.copy() : SecretBytes();
                if (passphrase.isEmpty() || retry) {
                    CredentialRequest request;
                    request.kind = CredentialRequest::Kind::Passphrase;
                    request.destination = m_destination;
                    request.jumpHost = m_jumpHost;
                    request.keyFile = path;
                    request.retry = retry;
                    request.prompts = {{Tr::tr("Passphrase for %1:").arg(path), false}};
                    std::optional<SecretList> answer = ask(request);
                    if (!answer || answer->empty()) {
                        keyProblem = Tr::tr("The key %1 needs its passphrase, and none was given.")
                                         .arg(path);
                        break;
                    }
                    passphrase = std::move(answer->front());
                }
                rc = ssh_pki_import_privkey_file(pathBytes.constData(), passphrase.c_str(),
                                                 refusePassphrase, nullptr, &rawPriv);
                if (rc == SSH_OK) {
                    d->passphrases.insert_or_assign(path, std::move(passphrase));
                } else {
                    d->passphrases.erase(path);
                    retry = true;
                    keyProblem = Tr::tr("The passphrase for the key %1 is wrong. Type it again, "
                                        "or check that this is the right key file.")
                                     .arg(path);
                }
            }
            if (rc != SSH_OK)
                continue;
            keyProblem.clear();
            const KeyPtr priv(rawPriv);
            rc = ssh_userauth_publickey(s, nullptr, priv.get());
            if (rc == SSH_AUTH_SUCCESS)
                return Result::ok();
            if (rc == SSH_AUTH_PARTIAL)
                break; // the server wants a second factor too: go on below
        }
    }

    bool kbdintRefused = false;
    if (ssh_userauth_list(s, nullptr) & SSH_AUTH_METHOD_INTERACTIVE) {
        const Result r = authenticateKeyboardInteractive(&kbdintRefused);
        if (r.code() == ErrorCode::Cancelled && !keyProblem.isEmpty())
            return Result::error(ErrorCode::Authentication, keyProblem);
        if (r || r.code() != ErrorCode::Authentication || kbdintRefused)
            return r;
    }
    bool passwordRefused = false;
    if (ssh_userauth_list(s, nullptr) & SSH_AUTH_METHOD_PASSWORD) {
        const Result r = authenticatePassword(&passwordRefused);
        if (r.code() == ErrorCode::Cancelled && !keyProblem.isEmpty())
            return Result::error(ErrorCode::Authentication, keyProblem);
        if (r || passwordRefused || r.code() != ErrorCode::Authentication)
            return r;
    }
    if (!keyProblem.isEmpty())
        return Result::error(ErrorCode::Authentication, keyProblem);
    return Result::error(ErrorCode::Authentication,
                         Tr::tr("%1 accepted none of the ways to log in that were tried (key "
                                "files, ssh-agent, password). Check the user name and the key "
                                "file in the profile.")
                             .arg(m_destination));
}

Result SshSession::authenticateKeyboardInteractive(bool *triedAndFailed)
{
    ssh_session s = d->session.get();
    bool retry = false;
    bool askedOneTimeCode = false;
    for (int round = 0; round < 3; ++round) {
        int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        while (rc == SSH_AUTH_INFO) {
            const int n = ssh_userauth_kbdint_getnprompts(s);
            if (n <= 0) {
                rc = ssh_userauth_kbdint(s, nullptr, nullptr);
                continue;
            }
            CredentialRequest request;
            request.kind = CredentialRequest::Kind::KeyboardInteractive;
            request.destination = m_destination;
            request.jumpHost = m_jumpHost;
            // The server's words reach a terminal or a label: no escape sequences, no floods.
            request.name = ServerText::sanitized(QByteArray(ssh_userauth_kbdint_getname(s)));
            request.instruction
                = ServerText::sanitized(QByteArray(ssh_userauth_kbdint_getinstruction(s)));
            request.retry = retry;
            SecretList answers;
            bool allKnown = !retry;
            for (int i = 0; i < n; ++i) {
                char echo = 0;
                const QString text = ServerText::sanitized(
                    QByteArray(ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo)));
                request.prompts.append({text, echo != 0});
                askedOneTimeCode = askedOneTimeCode || (!echo && looksLikeOneTimePrompt(text));
                const auto cached = d->interactiveAnswers.find(text);
                if (cached != d->interactiveAnswers.end() && !echo)
                    answers.push_back(cached->second.copy());
                else
                    allKnown = false;
            }
            if (!allKnown) {
                std::optional<SecretList> given = ask(request);
                if (!given || given->size() != size_t(n))
                    return Result::error(ErrorCode::Cancelled,
                                         Tr::tr("Login to %1 was cancelled.").arg(m_destination));
                answers = std::move(*given); // the cached ones are wiped as they go
                for (int i = 0; i < n; ++i) {
                    const CredentialRequest::Prompt &p = request.prompts.at(i);
                    if (!p.echo && isReusablePasswordPrompt(p.text))
                        d->interactiveAnswers.insert_or_assign(p.text,
                                                               answers.at(size_t(i)).copy());
                }
            }
            // libssh copies each answer; the buffers stay alive until after the call anyway.
            for (int i = 0; i < n; ++i)
                ssh_userauth_kbdint_setanswer(s, unsigned(i), answers.at(size_t(i)).c_str());
            rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        }
        if (rc == SSH_AUTH_SUCCESS)
            return Result::ok();
        if (rc == SSH_AUTH_ERROR)
            return brokeDuringLogin(m_destination, s);
        if (rc == SSH_AUTH_PARTIAL)
            return authenticatePassword(triedAndFailed);
        // Denied: forget what was kept, and ask again.
        d->interactiveAnswers.clear();
        *triedAndFailed = true;
        retry = true;
        if (!m_interaction)
            break;
    }
    if (askedOneTimeCode)
        return Result::error(ErrorCode::Authentication,
                             Tr::tr("%1 did not accept the password or the one-time code. "
                                    "Codes change every few seconds: wait for a new one, check "
                                    "that your device's clock is right, and try again.")
                                 .arg(m_destination));
    return Result::error(ErrorCode::Authentication,
                         Tr::tr("%1 did not accept the password. Check it (and the user name) "
                                "and try again.")
                             .arg(m_destination));
}

Result SshSession::authenticatePassword(bool *triedAndFailed)
{
    ssh_session s = d->session.get();
    bool retry = false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        SecretBytes password = d->password.copy();
        if (password.isEmpty() || retry) {
            CredentialRequest request;
            request.kind = CredentialRequest::Kind::Password;
            request.destination = m_destination;
            request.jumpHost = m_jumpHost;
            request.retry = retry;
            request.prompts = {{Tr::tr("Password for %1:").arg(m_destination), false}};
            std::optional<SecretList> answer = ask(request);
            if (!answer || answer->empty())
                return Result::error(ErrorCode::Cancelled,
                                     Tr::tr("Login to %1 was cancelled.").arg(m_destination));
            password = std::move(answer->front());
        }
        const int rc = ssh_userauth_password(s, nullptr, password.c_str());
        if (rc == SSH_AUTH_SUCCESS) {
            d->password = std::move(password);
            return Result::ok();
        }
        d->password.clear();
        if (rc == SSH_AUTH_ERROR)
            return brokeDuringLogin(m_destination, s);
        *triedAndFailed = true;
        retry = true;
        if (!m_interaction)
            break;
    }
    return Result::error(ErrorCode::Authentication,
                         Tr::tr("%1 did not accept the password. Check it (and the user name) "
                                "and try again.")
                             .arg(m_destination));
}

} // namespace Patagon
