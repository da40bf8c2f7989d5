<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Patagon::AboutDialog</name>
    <message>
        <source>About Patagon Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Patagon Studio %1&lt;/h2&gt;&lt;p&gt;Train neural networks on a Slurm GPU cluster: connect, prepare the container, write the batch script, submit, follow the logs and train with one click.&lt;/p&gt;&lt;p&gt;Built with Qt %2, libssh %3 and KSyntaxHighlighting %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::Cli</name>
    <message>
        <source>Usage: patagon-studio [options]
       patagon-studio &lt;command&gt; [arguments]

Without a command, opens the main window.

Commands:
  demo --profile NAME   Run a short job on the cluster and show each step
  profiles list         List the connection profiles
  version               Print the version and exit

Window options:
  --profile NAME        Select this connection profile
  --page NAME           Open this page first (connection, containers,
                        packages, script, jobs, logs, train, settings)
  --lang CODE           Use this language for this run (en, es)
  --screenshot FILE     Save a picture of the window and quit
  -v, --version         Print the version and exit
  -h, --help            Print this help and exit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Host key %1 %2 (known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions (sinfo):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted batch job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 did not finish within 5 minutes; it is still %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of job %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting (sacct):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profiles command &quot;%1&quot;. Try &quot;patagon-studio profiles list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;patagon-studio --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::Core</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;. List the profiles with &quot;patagon-studio profiles list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name and a host or an SSH alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot; to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for &quot;%1&quot;. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the profile file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote command needs a program name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 of the command contains a NUL byte, which no program can receive. Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2. Check the host name and port, and that the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Ask the administrators before you trust the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a %2 host key, but a key of another type is recorded for it. Ask the administrators which key is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2 %3). Connect once from the Connection page to check and accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the host key of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no key file to log in with. Choose one in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key file &quot;%1&quot;. Check that it exists and that it is a private key without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the key &quot;%2&quot;. Check that its public half is in ~/.ssh/authorized_keys on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to the cluster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot; on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send input to &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while &quot;%2&quot; ran: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patagon Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the cluster&apos;s login node over SSH, with your key, password or one-time code, and keep your connection profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a container image on the compute node and keep it under a name, with your registry credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Python and system packages inside your container and keep a record of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Slurm batch script with a form and a text editor that stay in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit jobs, watch them wait and run, and cancel them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the output of a job as it grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train an image classifier on the GPU node with one click and watch loss and accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Patagon Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::PlaceholderPage</name>
    <message>
        <source>This page is not yet available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
