<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <message>
        <source>Usage: patagon-studio connect --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 is not known yet.
Its %2 key has the fingerprint
    %3
Compare it with the one your administrators publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it and remember it in %1? [yes/once/no] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not accepted; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but sinfo did not answer: is this a Slurm cluster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2, time limit %3, %4 node(s) %5, GRES %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patagon-studio script check FILE [--json] [--profile NAME]
       patagon-studio script set FILE NAME=VALUE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: not checked against the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which script? Give the file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file and at least one NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which script command? check or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown script command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patagon-studio image check REFERENCE [--enroot-version VERSION] [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashfs file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalized:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid image reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Enroot version (for example 3.4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patagon-studio [options]
       patagon-studio &lt;command&gt; [arguments]

Without a command, opens the main window.

Commands:
  cancel ID... [--profile NAME]
                        Cancel jobs
  connect --profile NAME
                        Log in, then show the server and its partitions
  demo --profile NAME   Run a short job on the cluster and show each step
  image check REF [--enroot-version V] [--json]
                        Check and normalise a container image reference
  jobs [--json] [--profile NAME]
                        List your jobs: queued, running, and those of the
                        last day
  logs ID [-f] [--profile NAME]
                        Print a job&apos;s output and errors; -f follows them
                        until the job ends
  profiles list         List the connection profiles
  script check FILE [--json] [--profile NAME]
                        Check a Slurm batch script as sbatch reads it
  script set FILE NAME=VALUE ...
                        Edit a batch script&apos;s #SBATCH directives
  submit FILE [--profile NAME]
                        Submit a batch script and print the job id
  version               Print the version and exit

The job commands use the profile used last (else &quot;sandbox&quot;) when
--profile is not given.

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
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID	NAME	STATE	PARTITION	ELAPSED	NODES/REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm knows no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to appear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ConnectionPage</name>
    <message>
        <source>No profile yet. Add one with the login node&apos;s host name and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Login node: %2&lt;br&gt;Partitions: %3 (CPU), %4 (GPU, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with the app: edit it to add your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1
Host key: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection profile &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
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
    <message>
        <source>The host name &quot;%1&quot; is unknown. Check its spelling, and that you are on the network (or VPN) that reaches the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2. Check the port number; the SSH server may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the login finished. The server may be busy or may not accept connections from your address; try again in a moment, or ask the administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check that you are on the network (or VPN) that reaches the cluster, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is marked as revoked in %4. Do not connect: ask the administrators for the current key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. It is now %2 %3, which does not match line %4 of %5. Someone may be intercepting the connection, or the server was reinstalled. Ask the administrators before you trust the new key; then remove that line and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a %2 host key, but line %3 of %4 records a key of another type for it. This can be an attack. Ask the administrators which key is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) was not accepted, so the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the host key in %1: %2. Check that you may write that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke during login: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 needs its passphrase, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the key %1 is wrong. Type it again, or check that this is the right key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted none of the ways to log in that were tried (key files, ssh-agent, password). Check the user name and the key file in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the password or the one-time code. Codes change every few seconds: wait for a new one, check that your device&apos;s clock is right, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the password. Check it (and the user name) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied on &quot;%1&quot; on %2. Check the path, or ask the file&apos;s owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file operation on &quot;%1&quot; failed on %2 (SFTP error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reconnect to %1 after %2 attempts. Check the network and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start file transfer (SFTP) on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer of &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists on %2 and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the local file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the local file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local file &quot;%1&quot; changed while it was being uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time limit. Write minutes (30), MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS or UNLIMITED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a field above its range; Slurm carries it over and reads it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of memory Slurm understands: write &quot;%2&quot; (the unit is one letter: K, M, G or T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of memory. Write megabytes (4096) or a number with a unit: K, M, G or T (16G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node count. Write a number (2) or a range MIN-MAX (2-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; runs backwards: its minimum is above its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GRES request: write &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GRES request. Write NAME, NAME:COUNT or NAME:TYPE:COUNT (gpu, gpu:2, gpu:A100:1), several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; asks for zero %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GPU count. Write a number above zero (2) or TYPE:COUNT (A100:2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job array. Write indexes such as 0-15, 1,3,5 or 0-15:2, optionally with %N to run at most N at once (0-15%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the limit %2 would let no task run at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; runs backwards: its first index is above its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step in &quot;%1&quot; must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail type. Use NONE, BEGIN, END, FAIL, REQUEUE, ALL, INVALID_DEPEND, STAGE_OUT, TIME_LIMIT, TIME_LIMIT_90, TIME_LIMIT_80, TIME_LIMIT_50 or ARRAY_TASKS, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name holds a backslash, so Slurm replaces none of its % patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name ends with a lone &quot;%&quot;; write &quot;%%&quot; for a percent sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%%1&quot; is not a file-name pattern; Slurm leaves it as it is. Known: %j job ID, %x job name, %A array job ID, %a array index, %u user, %N node, %n node index, %t task, %% a percent sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency list joins its parts with &quot;,&quot; (all) or &quot;?&quot; (any), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dependency. Write TYPE:JOBID[:JOBID...] with TYPE one of after, afterany, afterok, afternotok, aftercorr, afterburstbuffer, or write singleton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dependency type &quot;%1&quot;. Use after, afterany, afterok, afternotok, aftercorr or afterburstbuffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal request. Write [R][B]:SIGNAL[@SECONDS], for instance B:USR1@60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name (or a list of them separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image reference: it may not be empty or hold spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot before 4.0 reads &quot;%1&quot; as an image on Docker Hub; write &quot;%2&quot; so that any version pulls it from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a container name. Write NAME or NAME:FLAG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a container-name flag. Use auto, create, exec or no_exec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script is empty or only blank; sbatch refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch refuses a script whose first line does not start with #! and an interpreter, for instance #!/bin/bash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add #!/bin/bash as the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has DOS line breaks (CR LF); sbatch refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to Unix line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script holds a NUL byte; Slurm refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a comment, not a directive: sbatch only reads lines that start with #SBATCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a #SBATCH directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch ignores this directive: it comes after the first command (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it above the first command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#SLURM is deprecated; write #SBATCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write #SBATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directives below belong to component %1 of a heterogeneous job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is never closed; sbatch refuses the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument may not start with &quot;:&quot; here; sbatch refuses the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch stops reading this line at an empty argument and ignores the rest of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given again on line %2; the later one wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option; sbatch stops at it and refuses the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; did you mean --%2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it could be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is short for --%2; write it out, a future option could make it ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster&apos;s srun has no --%1: Pyxis is missing or older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster has no partition &quot;%1&quot;; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 allows at most %2 MB of memory per node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 allows at most %2 MB of memory per CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 has no %2 resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gres=%1: this cluster has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your associations allow the QOS %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the accounts %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not list its partitions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value: write %1=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an image reference, for example nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; contains a space or a control character, which image references cannot contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pyxis does not expand &quot;~&quot; in &quot;%1&quot;. Give the full path of the squashfs file, for example /home/USER/image.sqsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relative path &quot;%1&quot; is resolved on the compute node, in the job&apos;s working directory. An absolute path is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a scheme Pyxis does not take here. Give a registry image as [USER@][REGISTRY#]IMAGE[:TAG].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker:// prefix is Enroot&apos;s; Pyxis adds it itself, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; is not valid: it must be sha256: followed by 64 lowercase hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot %1 does not accept digests; they need Enroot 4.0 or later. Use a tag instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digests need Enroot 4.0 or later on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; before &quot;@&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no registry before &quot;#&quot; in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one &quot;#&quot;; only one separates the registry from the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not valid: a tag has up to 128 letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, and does not start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image names must be lowercase: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name: it is made of lowercase letters, digits and the separators &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, with &quot;/&quot; between parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is Docker Hub, which Enroot calls registry-1.docker.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot %1 does not understand Docker-style references: it would look for &quot;%2&quot; on Docker Hub and fail with &quot;401 Unauthorized&quot;. It was rewritten as &quot;%3&quot;, with &quot;#&quot; between the registry and the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as &quot;%1&quot;, with &quot;#&quot; between the registry and the image, which every Enroot version understands (before 4.0, Enroot would look for &quot;%2&quot; on Docker Hub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 contains a line break or another control character, which it cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount path &quot;%1&quot; contains &quot;,&quot; or &quot;:&quot;, which separate mounts in --container-mounts; Pyxis cannot mount it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount path &quot;%1&quot; is not absolute; give the full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mount flag Pyxis knows (for example ro, rw, nosuid, rprivate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container needs an image or the name of an existing container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container name &quot;%1&quot; cannot contain &quot;/&quot;, &quot;:&quot; or spaces, nor start with &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working directory &quot;%1&quot; inside the container must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;, not starting with a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--container-save needs a file name, not a folder: &quot;%1&quot; ends with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a positive number, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program to run must be named first, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a backslash, which sbatch removes from #SBATCH lines. Pass this option on the sbatch command line instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot ignores the line for &quot;%1&quot;: Docker Hub&apos;s credentials must be under registry-1.docker.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot looks up &quot;%1&quot; as &quot;%2&quot;: the line for &quot;%1&quot; is never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA NGC needs two lines, for nvcr.io and for authn.nvidia.com, both with login $oauthtoken and the API key as password; one of them is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password or access token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 contains a space or a control character, which the credentials file cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 starts with &quot;$&quot;: Enroot would run it as a command instead of using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA NGC logins are always $oauthtoken; enter your NGC API key as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a space or a control character, which the credentials file cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition does not exist on this cluster. Check the name (-p) against the partitions the Connection page lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node of the partition has what the job asks for (CPUs, memory, GPUs or features). Ask for less, or choose another partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node has that much memory. Lower --mem or --mem-per-cpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit is longer than the partition or your QOS allows. Lower --time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU or other generic resource request is not known here. Check --gres (for example gpu:A100:1) against the cluster&apos;s GPU types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot charge jobs to that account, or not in that partition. Check --account, or leave it out to use your default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not use that QOS. Check --qos, or leave it out to use your default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job breaks a limit of your account or QOS (too many jobs, GPUs or minutes at once). Wait for other jobs to end, or ask for less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have as many jobs queued as your QOS allows. Wait for some to end or cancel some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have as many jobs queued as your account allows. Wait for some to end or cancel some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependency names a job that does not exist or has already ended. Check --dependency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array specification is not valid or is larger than the cluster allows. Check --array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node has the requested feature. Check --constraint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no default partition. Name one with -p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slurm controller does not answer. The cluster may be under maintenance; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slurm controller is busy and did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has Windows (CRLF) line breaks, which sbatch refuses. Save it with Unix line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script does not start with a &quot;#!&quot; line (for example #!/bin/bash), which sbatch requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch does not know one of the options. Check the spelling of the #SBATCH lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeue&apos;s JSON output could not be read: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeue reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeue printed a line that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct printed a line that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for resources: the nodes it needs are busy with other jobs. It starts as soon as they are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other jobs with a higher priority are ahead in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the jobs it depends on (--dependency) to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job it depends on ended in a way that can never satisfy the dependency. It will not start: cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the start time it asked for (--begin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by you (--hold or scontrol hold). Release it with &quot;scontrol release&quot; to let it start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by an administrator. Ask them why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node the job needs is unavailable (down, drained or reserved, for example for maintenance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit asked for is longer than the partition allows. It will not start: lower --time and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for more nodes than the partition allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition is inactive and does not start jobs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have as many jobs running as your QOS allows. It starts when one of them ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have as many jobs submitted as your QOS allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your running jobs already use as many GPUs as your QOS allows per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your running jobs already use as many CPUs as your QOS allows per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit asked for is longer than your QOS allows. Lower --time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your QOS group already uses all the GPUs it may use at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your QOS group already uses all the CPUs it may use at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your QOS group already uses all the nodes it may use at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QOS has reached its limit of running jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (group) already uses all the GPUs it may use at once. It starts when its other jobs free some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (group) already uses all the CPUs it may use at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has used up its allocation of CPU time. Ask your administrators for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account already has as many jobs running as it may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (group) already uses all the memory it may use at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its advance reservation to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node the job needs is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node can satisfy the job&apos;s constraints. It will not start: check --constraint, --mem and --gres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not valid. It will not start: cancel it and submit with another --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QOS is not valid. It will not start: cancel it and submit with another --qos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a license it asked for (--licenses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting it failed, so Slurm requeued and held it. Ask your administrators; release it with &quot;scontrol release&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array already runs as many tasks at once as it allows (the %N of --array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes it needs are down, drained or kept for jobs of partitions with a higher priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped before it finished. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch did not accept the job (exit status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch did not accept the job:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm no longer knows this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of job %1 was not kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::CredentialDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That answer was not accepted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by your desktop&apos;s keychain, never in a file of Patagon Studio. One-time codes are never remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to &lt;b&gt;%1&lt;/b&gt;, so its identity cannot be checked automatically. Compare the fingerprint below with the one your cluster&apos;s administrators publish before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust it, it is recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and Remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do Not Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::JobCenter</name>
    <message>
        <source>Job started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2) is running on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2) completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2) ended: %3, exit code %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job requeued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2) was requeued and waits to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of job %1 is neither kept on this computer nor known to Slurm any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::JobTableModel</name>
    <message>
        <source>%1 / unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to start at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed / limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::JobsPage</name>
    <message>
        <source>Could not read the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the cluster on the Connection page to see your jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the list may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Slurm for your jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no jobs in the queue and none in the last week. Write a batch script on the Script page and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? Slurm stops them at once; their output so far stays.

%1</source>
        <translation>
            <numerusform>Cancel %n job? Slurm stops it at once; its output so far stays.

%1</numerusform>
            <numerusform>Cancel %n jobs? Slurm stops them at once; their output so far stays.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id, name, partition, node or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting and running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Script page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::LogsPage</name>
    <message>
        <source>the file was truncated; reading it again from its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to appear (the job may not have started yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading paused: %1 Trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has ended; this is all of its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of job %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the job&apos;s output files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a job on the Jobs page and press &quot;Open logs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output and errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: %1
Errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscroll paused while you read; press &quot;Follow&quot; to jump to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the end of a large log; scroll to the top for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error line(s))</source>
        <translation>
            <numerusform>%1 (%n error line)</numerusform>
            <numerusform>%1 (%n error lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load earlier</source>
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
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <name>Patagon::ProfileDialog</name>
    <message>
        <source>New Connection Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a Host of ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: ~/.ssh/known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: ssh-agent and ~/.ssh/id_*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: user@gateway:port, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a known_hosts File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &amp;request (GRES):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login node&apos;s host name, or an alias of your ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host and user names cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptPage</name>
    <message>
        <source>The tutorial&apos;s job (MiTareaML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU job in a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect first: submitting needs a connection to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRES (GPUs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job array:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors go to the output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm scripts (*.slurm *.sbatch *.sh);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit this script to the cluster with sbatch.</source>
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
