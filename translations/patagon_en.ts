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
        <source>Partitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2, time limit %3, %4 node(s) %5, GRES %6</source>
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
        <source>Waiting for %1 to appear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking against the facts of %1 read %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patagon-studio containers probe [--json] [--profile NAME]
       patagon-studio containers list [--partition P] [--json] [--profile NAME]
       patagon-studio containers create NAME IMAGE [--partition P] [--node N] [--save PATH.sqsh] [--profile NAME]
       patagon-studio containers remove NAME [--node N] [--partition P] [--profile NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patagon-studio packages install NAME [--pip PKG...] [--apt PKG...] [-r requirements.txt] [--partition P] [--node N] [--save PATH.sqsh] [--profile NAME]
       patagon-studio packages manifest NAME [--json] [--profile NAME]
       patagon-studio packages replay NAME --onto OTHER [--partition P] [--node N] [--profile NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pyxis:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot:      %1 (on the compute node %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition:   %1%2 (nodes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No named containers on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster cannot run containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 already existed on the node %2; it was not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 is ready on the node %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the container %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed into %1. The manifest is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been installed into it with Patagon Studio yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but sinfo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped during the submission; job %1 was found on the cluster and was not submitted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patagon-studio connect [--profile NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs %1: wrong arguments. See patagon-studio runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded best.pt, metrics.jsonl and summary.json to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy: %1 on %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 submitted as job %2; its folder is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1/%2: train loss %3, validation accuracy %4%, %5 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  epoch %1, step %2/%3: loss %4, %5 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GPU %1: %2% busy, %3 of %4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patagon-studio runs list [--json] [--profile NAME]
       patagon-studio runs show ID [--json]
       patagon-studio runs eval ID [--json]
       patagon-studio runs predict ID IMAGE... [--json]
       patagon-studio runs download ID FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Start one with &quot;patagon-studio train&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patagon-studio train (--data SPEC | --upload DIR [--data SPEC]) [--model NAME]
       [--epochs N] [--container NAME]
       [--gpus N] [--batch-size N] [--lr X] [--optimizer sgd|adamw] [--bf16]
       [--partition P] [--gpu-type T | --no-gpu] [--time LIMIT] [--cpus N]
       [--limit-train N] [--limit-test N] [--runs-folder DIR] [--torch-prefix DIR]
       [--follow] [--json] [--profile NAME]
SPEC is KIND:FOLDER (fashion-mnist, mnist, cifar10, imagefolder) or a folder on the
cluster, whose format is then detected. --upload copies a folder from this computer
first (to SPEC&apos;s folder, else beside the run folders), skipping files already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data or --upload is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patagon-studio script check FILE [--json] [--profile NAME] [--refresh]
       patagon-studio script set FILE NAME=VALUE ...
       patagon-studio script fix FILE [--profile NAME] [--refresh]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the one file to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 (not fixed): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which script command? check, set or fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n helper job(s) of the app not shown; --all shows them.</source>
        <translation>
            <numerusform>%n helper job of the app not shown; --all shows it.</numerusform>
            <numerusform>%n helper jobs of the app not shown; --all shows them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: patagon-studio [options]
       patagon-studio &lt;command&gt; [arguments]

Without a command, opens the main window.

Commands:
  cancel ID... [--profile NAME]
                        Cancel jobs
  connect [--profile NAME]
                        Log in, then show the server and its partitions
  containers probe|list [--json] [--profile NAME]
                        Show what the cluster offers for containers, or
                        list the named containers and their nodes
  containers create NAME IMAGE [--partition P] [--node N]
                        Import an image as a named container
  containers remove NAME [--node N]
                        Remove a named container
  demo [--profile NAME] Run a short job on the cluster and show each step
  image check REF [--enroot-version V] [--json]
                        Check and normalise a container image reference
  jobs [--json] [--all] [--profile NAME]
                        List your jobs: queued, running, and those of the
                        last day; --all with the app&apos;s own helper jobs
  logs ID [-f] [--profile NAME]
                        Print a job&apos;s output and errors; -f follows them
                        until the job ends
  packages install NAME [--pip PKG...] [--apt PKG...] [-r FILE]
                        Install packages into a named container
  packages manifest NAME [--json]
                        Show what was installed into a container
  packages replay NAME --onto OTHER
                        Install a container&apos;s packages into another
  profiles list         List the connection profiles
  runs list|show ID [--json] [--profile NAME]
                        List training runs, or show one
  script check FILE [--json] [--profile NAME]
                        Check a Slurm batch script as sbatch reads it
  script set FILE NAME=VALUE ...
                        Edit a batch script&apos;s #SBATCH directives
  script fix FILE [--profile NAME]
                        Apply the checker&apos;s fixes to a batch script
  shell [--profile NAME] [--container NAME [--node N] [--remap-root]]
        [-- COMMAND...]
                        A terminal on the login node, or in a container on
                        its compute node; with COMMAND, run it there on a
                        terminal and exit with its status
  submit FILE [--profile NAME]
                        Submit a batch script and print the job id
  train --data SPEC | --upload DIR [--model NAME] [--epochs N]
        [--container NAME]
        [--gpus N] [--follow] [--json] [--profile NAME]
                        Build the trainer in a container and train on the
                        cluster (train --help lists every option)
  version               Print the version and exit

Commands that use the cluster take the profile used last (else
&quot;sandbox&quot;) when --profile is not given; script check then checks
the script alone. With a command, -v or --verbose also prints what
the app does on the way (connections, commands, polls) on stderr.

Window options:
  --profile NAME        Select this connection profile
  --page NAME           Open this page first (connection, containers,
                        packages, script, jobs, logs, train, terminal,
                        settings)
  --lang CODE           Use this language for this run (en, es)
  --screenshot FILE     Save a picture of the window and quit
  -v, --version         Print the version and exit
  -h, --help            Print this help and exit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patagon-studio shell [--profile NAME] [--container NAME [--node N] [--partition P] [--remap-root]] [-- COMMAND...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the container &quot;%1&quot; on the cluster&apos;s nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container named &quot;%1&quot; on the nodes checked (%2). Create it first: patagon-studio containers create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; exists on several nodes (%2): say which with --node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell in the container &quot;%1&quot; on %2: it holds a place on that node until it ends (exit, or Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not watch the terminal&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended by signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 left no output to show: %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worked in the shell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded in the package list (no terminal to ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 in the package list of &quot;%2&quot;, so that a replay installs it? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ClusterFactsBar</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cluster&apos;s partitions, limits, GPUs and container options again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the facts of %1 read %2. Reading them again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the facts of %1 read %2. Reading them again failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the facts of %1 read %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the partitions, limits and GPUs of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked against the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked against a cluster: connect to check partitions, time limits and GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::CommandOutput</name>
    <message>
        <source>(harmless: apt cannot give its log to root:adm inside a container)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ConfusionModel</name>
    <message>
        <source>True %1, predicted %2: %3 images (%4 % of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class: %1</source>
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
    <name>Patagon::ContainerListModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by Enroot on %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ContainerWizard</name>
    <message>
        <source>New container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is still being imported. Stop the import and close the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ContainersPage</name>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an image as a named container (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every node for its named containers (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the cluster on the Connection page to see and create containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the list may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for containers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking each compute node for its named containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containers could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No containers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named container keeps an image ready on a compute node, with the packages you install in it. Create one from an image such as python or nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the container %1 from %2? Everything installed in it is lost; its package record on this computer goes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal inside the container, on the node that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shell as &amp;root (for apt)</source>
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
    <message>
        <source>Connect to the cluster first: its partitions and limits are read through the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s facts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>srun could not be run on the login node, so this account cannot start Slurm jobs from there. Check that Slurm&apos;s commands are on the PATH of a login shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster cannot run containers: its srun has no --container-image option, so the Pyxis plugin is not installed. Ask the cluster&apos;s administrators to install Pyxis and Enroot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster&apos;s Pyxis is older and has no %1; what needs those options (named containers, installing system packages, saving a container) will not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot&apos;s version could not be found (&quot;enroot version&quot; failed on the login node and on a compute node). Image references will be written in the REGISTRY#IMAGE form, which every version reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot %1 is older than 4.0 and does not read Docker-style references such as nvcr.io/nvidia/pytorch:24.05-py3 (it sends them to Docker Hub, which answers 401 Unauthorized). They will be rewritten to the form it reads, nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot %1 reads both Docker-style references and the REGISTRY#IMAGE form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot is installed on the compute nodes (asked on %1) but not on the login node, which is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm lists no partitions this account can use, so no job can start. Ask the administrators which partition to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A named container lives only on the node that created it. This cluster has %n node(s), so each container is kept on one node and used there.</source>
        <translation>
            <numerusform>A named container lives only on the node that created it. This cluster has %n node, so each container is kept on that node and used there.</numerusform>
            <numerusform>A named container lives only on the node that created it. This cluster has %n nodes, so each container is kept on one node and used there.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on the cluster is larger than 4 MiB; it is not an Enroot credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file has no entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a compute node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting on the compute node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the existing container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The last lines it printed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot refused the image reference &quot;%1&quot;: it is not in a form it understands. Write it as REGISTRY#IMAGE:TAG, for example nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot %1 does not read Docker-style references: it sent &quot;%2&quot; to Docker Hub. Write it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials for %1 are missing or wrong: ~/.config/enroot/.credentials on the cluster needs the line &quot;machine %1 login USER password SECRET&quot; with a valid login and password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s credentials in ~/.config/enroot/.credentials on the cluster are missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub also answers 401 for an image that does not exist or is private: check the image&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA NGC needs two lines, for nvcr.io and authn.nvidia.com, both with login $oauthtoken and the API key as password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused access to &quot;%1&quot; (401 Unauthorized). Likely causes:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute node ran out of disk space. Remove named containers you no longer need, or ask the administrators where Enroot keeps its data and cache (ENROOT_DATA_PATH, ENROOT_CACHE_PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no image &quot;%1&quot; (404 Not Found). Check the name and the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named container does not exist on that node. A named container lives only on the node that created it: create it again there, or run on its node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s root filesystem is read-only. Installing system packages needs --container-writable and --container-remap-root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt needs root: run it with --container-remap-root and --container-writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip found no such package (or no version that matches). Check the names and versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt found no such package in the container&apos;s package sources. Check the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command failed with exit status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes another requirements file, which cannot be followed on the cluster. Add the requirements of that file to this list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a constraints file, which is not supported. Write the versions into the requirements instead (for example numpy==1.26.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; asks for an editable install, which needs the source on the cluster. Install the package by name and version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a pip option, not a package. Only requirements (for example numpy&gt;=1.26) can be installed; leave the options out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pip requirement is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pip requirement &quot;%1&quot; contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries pip options (such as --hash); only the requirement itself can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pip requirement. Write a package name, optionally with a version (for example torch, numpy==1.26.4 or scipy&gt;=1.11,&lt;2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parentheses in the pip requirement &quot;%1&quot; do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apt package name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an apt option, not a package name. Give package names only (for example libgl1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Debian package name. Names use lower-case letters, digits and + . - (for example libgl1 or python3-dev), optionally with =VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the named container to install into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package manifest is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package manifest was written by a newer version of Patagon Studio (format %1); update the app to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package manifest names no container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installing %n system package(s) with apt</source>
        <translation>
            <numerusform>Installing %n system package with apt</numerusform>
            <numerusform>Installing %n system packages with apt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installing %n Python package(s) with pip</source>
        <translation>
            <numerusform>Installing %n Python package with pip</numerusform>
            <numerusform>Installing %n Python packages with pip</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the container a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a container name. Use up to 64 letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinfo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a compute node for the container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm lists no nodes to look for containers on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition &quot;%1&quot; has no nodes, or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node %1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;enroot list&quot; failed on the node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the container %1 on the node %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container named &quot;%1&quot; on the nodes that were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container named &quot;%1&quot; on the node %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to install: the package lists are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of &quot;%1&quot; records no successful install to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The containers of the node %1 were not listed: Slurm reports the node as &quot;%2&quot;, so no job can start there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The containers of the node %1 were not listed: Slurm could not start a step there within %n second(s) (the node is busy or reserved). Refresh later. Slurm said: %2</source>
        <translation>
            <numerusform>The containers of the node %1 were not listed: Slurm could not start a step there within %n second (the node is busy or reserved). Refresh later. Slurm said: %2</numerusform>
            <numerusform>The containers of the node %1 were not listed: Slurm could not start a step there within %n seconds (the node is busy or reserved). Refresh later. Slurm said: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The container %1 was removed from the nodes that could be asked, but copies may remain where it could not: %2 Remove it again when those nodes are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 was not found on the nodes that could be asked; it may be where Slurm could not reach: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot; here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied on &quot;%1&quot;. Check the path, or ask the file&apos;s owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send &quot;%1&quot; its input on %2 (%3); it was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file operation on &quot;%1&quot; failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was replaced by a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no SFTP (file transfer) service, so files are read and written through commands instead; folders cannot be copied there. Ask the administrators to enable the sftp subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file transfer was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Slurm commands were found on %1: &quot;%2&quot; could not be run there (%3). Is this the cluster&apos;s login node? If Slurm comes from a module there, ask the administrators how to load it for every login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Whether the job reached the cluster could not be checked: look at the job list before you submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The cluster has no job from this submission, so it was not submitted: submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a runs database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the runs database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 in the runs database %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs database %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the runs database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs database %1 was made by a newer Patagon Studio (format %2; this one reads format %3). Update Patagon Studio to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a runs database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the runs database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the runs database %1: Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the run in the runs database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the run in the runs database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the epoch in the runs database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the run from the runs database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no trainer sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The toolchain check did not finish inside the container, so it is not known what the container holds. Look at the output above for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TorchConfig.cmake was found under %1 inside the container. Give the folder that holds it (for a LibTorch download: its share/cmake/Torch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This container has neither Python with PyTorch nor a LibTorch installation. Create a container from an NVIDIA PyTorch image (nvcr.io#nvidia/pytorch), which has everything the trainer needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This container&apos;s Python cannot import torch (%1). Install PyTorch into it, or create a container from an NVIDIA PyTorch image (nvcr.io#nvidia/pytorch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 in this container ships no CMake files, and no LibTorch was found. Give the path of a LibTorch, or create a container from an NVIDIA PyTorch image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no C++ compiler in this container (images such as pytorch/pytorch:*-runtime have none). Install g++ into it as root (apt-get with --container-remap-root --container-writable), or use an image with a compiler (a -devel tag, or an NVIDIA PyTorch image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMake is missing in this container. Install it with pip (pip install --user cmake) into this container?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMake %1 in this container is older than 3.21, which the trainer needs. Install a newer one with pip (pip install --user cmake)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch here is built for CUDA %1 but the container has no CUDA compiler (normal for pip-installed PyTorch): the trainer is built without it, as it has no CUDA code of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This container&apos;s PyTorch is CPU-only: the trainer will not use the GPU. For the GPU, use a container made from an NVIDIA PyTorch image (nvcr.io#nvidia/pytorch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gloo&apos;s headers are not in this container: the trainer is built without data-parallel training, so it can use one GPU only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset was given. Choose a folder on the cluster that holds Fashion-MNIST, MNIST, CIFAR-10 or one folder of images per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset folder &quot;%1&quot; is not an absolute path. Give the full path on the cluster (starting with / or ~/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset format the trainer reads. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model of the trainer. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of epochs must be between 1 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 65536.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be between 0 and 10 (0: the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimizer must be sgd or adamw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precision must be fp32 or bf16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of GPUs must be between 1 and 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPUs per task must be between 1 and 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; is not one Slurm reads. Write minutes, HH:MM:SS or D-HH:MM:SS (for example 02:00:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partition (for example gpu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the container to train in. Create one with PyTorch on the Containers page if there is none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container name &quot;%1&quot; may only hold letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU type &quot;%1&quot; may only hold letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset format the trainer reads. Use one of: %2, or give only the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds none of the dataset formats the trainer reads (IDX files such as train-images-idx3-ubyte, CIFAR-10 binary batches, or one folder of images per class). It holds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s node has no nvidia-smi, so GPU use cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer stopped with an error: %1 The job&apos;s log is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ended as %1 (exit code %2) before the trainer finished. The job&apos;s log is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the dataset and the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the trainer to the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the container&apos;s compiler and PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the trainer in the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the cluster. Connect first, then press Train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the home and scratch folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not say where your home folder is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition %1 does not exist on this cluster. Its partitions are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the dataset folder %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset folder %1 cannot be read on the cluster: %2 Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds a %2 dataset, not %3. Choose the format %2, or another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the container %1 on the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 does not exist on the cluster, and you have no containers yet. Create one from a PyTorch image on the Containers page (for example nvcr.io#nvidia/pytorch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 does not exist on the cluster. Your containers are: %2. Choose one of them, or create %1 on the Containers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 lives on node %2: the trainer is built and runs there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s sources (%1) are already on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the trainer&apos;s sources to the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the trainer&apos;s sources in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer was built for this container before: using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the container %1 on node %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 could not be started to check it (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer cannot be built in the container %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling the trainer in %1 with %2 jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMake could not configure the trainer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer did not compile in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer was built in %1 but does not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build in %1 stopped (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the job was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s evaluation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s confusion matrix is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s predictions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run does not say where its trainer and folder are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the best checkpoint on the test set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and %1 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the images to the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 may not be read (permission denied). Ask its owner for access, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be listed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; may not be read (permission denied). Ask its owner for access, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing of &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 is offered on GPUs only, and this run asks for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU of this container&apos;s node does not compute in bf16 (it needs an Ampere GPU or newer, such as the A100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 is offered when the GPU type is known to support it (A100, H100, L40, ...). Give the GPU type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs do not compute in bf16 (it needs an Ampere GPU or newer, such as the A100): use fp32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether %1 GPUs compute in bf16 is not known, so it is not offered (Ampere GPUs and newer, such as the A100, do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install CMake with pip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install g++ with apt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a PyTorch container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs pip install --user cmake in the container %1 (recorded in its package list), then press Train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs apt-get install g++ in the container %1 as root (--container-remap-root --container-writable), then press Train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports %1 as a new named container on a node of the partition %2 and selects it (the import can take a while: the image is large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer. Choose the folder that holds the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The dataset is already on the cluster (%n file(s)).</source>
        <translation>
            <numerusform>The dataset is already on the cluster (%n file).</numerusform>
            <numerusform>The dataset is already on the cluster (%n files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s) of the dataset to %1.</source>
        <translation>
            <numerusform>Uploaded %n file of the dataset to %1.</numerusform>
            <numerusform>Uploaded %n files of the dataset to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch script is ready: read it, then submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run %1 has not ended: its job may still write into its folder. Cancel it or let it finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not look like a run folder of Patagon Studio: it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the run folder %1 on the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 on the cluster holds no train.sbatch: it was not made by Patagon Studio and is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with what is already on the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the dataset to the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the files in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder on the cluster was given for the dataset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 was cancelled. The files already copied stay on the cluster and are not copied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 stopped. %2 Train again to continue; files already copied are not copied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose the dataset&apos;s folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose the folder that holds the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be read. Check its permissions or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds more than %L2 files, too many to copy one by one. Pack the dataset into fewer, larger files and choose that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s %1 answered: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s %1 ended with status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The #SBATCH --%1 on line %2 makes Pyxis run the whole batch script inside the container, where there is no %3: this line fails with &quot;%3: command not found&quot;. Put the container options on the srun line instead (srun --container-name=NAME python train.py), or remove them here if this script should run in the container without srun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the container options to the srun lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container named %1 on the cluster, and you have none yet: without --container-image this step fails. Create it on the Containers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container named %1 on the cluster (yours: %2): without --container-image this step fails. Pick one of yours, or create %1 on the Containers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 lives on node %2 only; this step may start on another node of partition %3, where it does not exist. Run it there with -w %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -w %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm knows no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a terminal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1 refused the login: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1 was not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to the jump host %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the cluster through the jump host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; is not written as [user@]host[:port]. Correct it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1 could not open a connection to %2: %3. Check that name and port; the jump host may also forbid forwarding (AllowTcpForwarding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a terminal with %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server allows no more sessions on this connection; close another terminal or wait for running commands to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text: the editor would change some of its bytes, so it was not opened. Convert it to UTF-8 first (for example with iconv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the cluster first: its files are read through the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of the script on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot; on the cluster: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB: it is not a batch script. Choose the script itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the cluster first: its files are written through the connection. The script stays here meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of the script on the cluster, with its file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot; on the cluster: %2
The file there was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder on the cluster. Add the script&apos;s file name to the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch job has no terminal: --pty is for srun only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the container to open a shell in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node that holds the container &quot;%1&quot; is not known. List the containers first, or name the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python3 ended without printing the PyTorch version and whether CUDA is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to save the container to must end in .sqsh, for example containers/%1.sqsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be submitted: the window is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of job %1 is neither kept on this computer nor known to Slurm any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 lists an entry with an empty name. Nothing was downloaded: the server&apos;s listing cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 lists an entry named &quot;%3&quot;, which is not a plain file name and could write outside the folder you chose. Nothing was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 holds an entry named &quot;%3&quot;, which is not valid UTF-8 and cannot be downloaded by that name. Nothing was downloaded; rename it on the cluster and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 holds more than %3 entries. Nothing was downloaded; download its subfolders one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is a symbolic link. Links inside a folder are not followed when it is downloaded, so nothing was downloaded. Remove the link, or download what it points to by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the local folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster has no named containers to list: its srun has no --container-image option, so the Pyxis plugin is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command names no package to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be looked up: the window is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not finish on %2 within %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 needs an answer to its login prompt (a one-time code or a password), and none came within %n minute(s). Press Connect to try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled, but part of it was still running on %2 %3 seconds after TERM and KILL; it is no longer watched and may still be running there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest node of partition %1 has %2 MB of memory; the job asks for %3 MB per node, so it could never start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest node of partition %1 has %2 CPUs; a task asking for %3 could never start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest node of partition %1 has %2 × %3; --gres=%4 asks for %5 on one node, so the job could never start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would name a squashfs file without docker://. Give a registry image as [USER@][REGISTRY#]IMAGE[:TAG], or a squashfs file by its path alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The job left the queue, but Slurm&apos;s accounting did not say how it ended after %n checks; the app stopped asking.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your known_hosts trusts a certificate authority for this host (%1). Patagon Studio cannot check host certificates (its SSH library, libssh, does not offer them), so the server showed its plain key instead: compare its fingerprint as usual before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The run was cancelled after %n complete epoch(s). The trainer saved a checkpoint as it stopped: %1.</source>
        <translation>
            <numerusform>The run was cancelled after %n complete epoch. The trainer saved a checkpoint as it stopped: %1.</numerusform>
            <numerusform>The run was cancelled after %n complete epochs. The trainer saved a checkpoint as it stopped: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled. The trainer saved no checkpoint as it stopped (Slurm may have ended it first); the last one, after epoch %1, is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled before the trainer saved a checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled before training started.</source>
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
    <name>Patagon::CredentialsWizardPage</name>
    <message>
        <source>Registry credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA NGC wants your NGC API key. The login is always $oauthtoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key at ngc.nvidia.com (Setup, Generate API Key) and paste it below. It is written only to Enroot&apos;s credentials file on the cluster (~/.config/enroot/.credentials, readable only by you), for nvcr.io and authn.nvidia.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may want a login before it hands out the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your login and password (or access token) for %1. They are written only to Enroot&apos;s credentials file on the cluster (~/.config/enroot/.credentials, readable only by you). Leave both empty when the image is public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for saved credentials for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials for %1 are already saved on the cluster (login %2). Leave the fields empty to keep them, or type new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for %1 are saved on the cluster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the credentials for %1 on the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials for %1 saved on the cluster.</source>
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
    <name>Patagon::ImageWizardPage</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to import: a Docker Hub name such as python, a registry image such as nvcr.io#nvidia/pytorch:24.05-py3, or a .sqsh file on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python on Debian, from Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch with CUDA, from Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA&apos;s PyTorch (NGC: needs your NGC API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA runtime on Ubuntu (NGC: needs your NGC API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubuntu 24.04, from Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian 13, from Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an image name, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may need a login: the next step asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ImportWizardPage</name>
    <message>
        <source>&amp;Stop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute node downloads the image and keeps it under the container&apos;s name. Large images take minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the import of %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 already existed on %2 and is reused as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 is ready on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::InstallOfferBar</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these packages to the container&apos;s package list, so that &quot;Replay&quot; installs them on another container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Installing %1 with %2 worked in this shell. Record it in the package list of «%3»?</source>
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
        <source>Submitted job %1. The connection dropped during the submission; the job was found on the cluster and was not submitted twice.</source>
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
    <message>
        <source>Show the app&apos;s helper jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the app&apos;s helper jobs (%n hidden)</source>
        <translation>
            <numerusform>Show the app&apos;s helper jobs (%n hidden)</numerusform>
            <numerusform>Show the app&apos;s helper jobs (%n hidden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown, %n helper job(s) of the app hidden</source>
        <translation>
            <numerusform>%1 shown, %n helper job of the app hidden</numerusform>
            <numerusform>%1 shown, %n helper jobs of the app hidden</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs the app starts for itself: listing and importing containers, installing packages, building the trainer.</source>
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
    <message>
        <source>Keep the end of the log in view as it grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier lines were let go to keep memory bounded and cannot be shown again here; the file on the cluster still has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer lines were let go while you read earlier parts; press &quot;Follow&quot; to read the end again.</source>
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
    <message>
        <source>Connected to %1 (&lt; 1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ManifestModel</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in a container shell: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::MetricsChart</name>
    <message numerus="yes">
        <source>Comparing %n run(s): validation loss and validation accuracy by epoch.</source>
        <translation>
            <numerusform>Comparing %n run: validation loss and validation accuracy by epoch.</numerusform>
            <numerusform>Comparing %n runs: validation loss and validation accuracy by epoch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The curves appear once the trainer has finished its first epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · %3 images/s · learning rate %4 · about %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · %3 images/s · learning rate %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::NameWizardPage</name>
    <message>
        <source>Name and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named container stays on the node that imports it, and later jobs on that node reuse it by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::PackagesPage</name>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p&amp;ip packages (one a line, e.g. numpy==2.1 or torchvision&gt;=0.19):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;apt packages (one a line, e.g. libgl1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numpy
pandas&gt;=2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg
libgl1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;requirements.txt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as .sqsh (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. containers/trainer.sqsh, on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the install, write the container to this squashfs file on the cluster (--container-save), so jobs can start from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the packages into the container (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay &amp;onto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install what succeeded in this container into the chosen one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect on the Connection page to install packages. The records of earlier installs stay readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No named containers yet: create one on the Containers page, then install packages into it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one pip or apt package, one a line, then install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing into %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to replay: no install into this container has succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the container to replay onto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the packages of %1 onto %2 on %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the packages are installed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The manifest records what ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import requirements.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check the path and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: that is not a requirements file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) added from the file.</source>
        <translation>
            <numerusform>%n requirement added from the file.</numerusform>
            <numerusform>%n requirements added from the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>No container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install failed. The output below shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install failed; not installed: %1. The output below shows why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ProbeWizardPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the cluster run containers? Patagon Studio asks Slurm for Pyxis, Enroot&apos;s version and the partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot&apos;s version is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot %1 on the login node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroot %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pyxis is installed (%n container option(s)).</source>
        <translation>
            <numerusform>Pyxis is installed (%n container option).</numerusform>
            <numerusform>Pyxis is installed (%n container options).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pyxis is missing: srun has no --container-image option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm lists no partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster runs containers. %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster cannot run containers yet. %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster&apos;s administrators to install Pyxis and Enroot, or use a cluster that has them.</source>
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
    <name>Patagon::RemoteFolderDialog</name>
    <message>
        <source>Fashion-MNIST (IDX files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST (IDX files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIFAR-10 (binary batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image folders (one folder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to something that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file. Choose the folder that holds the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a dataset, this folder holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %L1 entries are shown: the folder holds more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders: %L1, files: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder on the Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the parent folder (Alt+Up, or Backspace in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home folder on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on the cluster: type a path and press Enter to go there (~ is your home folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/on/the/cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files and folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ResultsView</name>
    <message>
        <source>Try the model with your images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the run&apos;s results to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading and predicting %n image(s)…</source>
        <translation>
            <numerusform>Uploading and predicting %n image…</numerusform>
            <numerusform>Uploading and predicting %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test accuracy %1 % on %n image(s), test loss %2.</source>
        <translation>
            <numerusform>Test accuracy %1 % on %n image, test loss %2.</numerusform>
            <numerusform>Test accuracy %1 % on %n images, test loss %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <extracomment>A class the model answered and its confidence, e.g. &quot;Sneaker 87 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the best checkpoint on the test set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a completed run to see its results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are there once the run has completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to the cluster on the Connection page to evaluate, try or download this run&apos;s model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate on the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the best checkpoint on the test set on the cluster: accuracy per class and the confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with your images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload PNG or JPEG images and see the model&apos;s top three answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy best.pt, metrics.jsonl and summary.json to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::RunActionBar</name>
    <message>
        <source>This fix cannot be made here: do it on the Containers or Packages page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch script is ready. Read it on the Script page if you like, then submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Script page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the script; nothing is submitted from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 lacks what the trainer needs. Patagon Studio can fix it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the container %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the container %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 is ready and chosen for this run. Press Train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Press Train again: the container is checked anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::RunListModel</name>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
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
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder on the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
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
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::RunProgressView</name>
    <message>
        <source>Epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 on node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not needed this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the toolchain check and the compiler printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the job&apos;s output on the Logs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the batch script of this run on the Script page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::RunsView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is in progress: cancel it or wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected records from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, state or container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this run&apos;s curves and details on the New run tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the validation curves of the selected runs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form with this run&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the record of %n run(s) from this computer? Their curves and settings are lost here; their jobs on the cluster are not touched.

%1</source>
        <translation>
            <numerusform>Delete the record of %n run from this computer? Its curves and settings are lost here; its job on the cluster is not touched.

%1</numerusform>
            <numerusform>Delete the record of %n runs from this computer? Their curves and settings are lost here; their jobs on the cluster are not touched.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete their run folders on the cluster (checkpoints, metrics and logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the cluster to delete run folders there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the run folder of %1 on the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptForm</name>
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
        <source>Becomes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors go to the output file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptPage</name>
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
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect first: submitting needs a connection to the cluster.</source>
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
    <message>
        <source>Open a script from this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script where it came from (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save on the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the script on the cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit with errors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The checker found %n error(s) in this script; sbatch or the job will probably fail. Submit it anyway?</source>
        <translation>
            <numerusform>The checker found %n error in this script; sbatch or the job will probably fail. Submit it anyway?</numerusform>
            <numerusform>The checker found %n errors in this script; sbatch or the job will probably fail. Submit it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptProblemView</name>
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
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the script as the button says; Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected problem has no automatic fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptTemplates</name>
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
<context>
    <name>Patagon::TerminalPage</name>
    <message>
        <source>Login node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shell runs in the container «%1» on %2 and holds a place on that node since %3. Type exit or close the tab to free it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell on the cluster&apos;s login node (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal on the login node, for a quick command or a look at a file. For a shell inside a container on its compute node, use &quot;Open shell&quot; on the Containers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are root inside the container (--container-remap-root): apt works, and what you change stays in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check that the closed shell&apos;s step ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed shell&apos;s step was still running; it was cancelled, so the node is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: a replay of «%1» installs %2 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::TerminalView</name>
    <message>
        <source>The session ended: %1 A terminal cannot survive a lost connection; open a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended (signal %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended (exit status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::TrainForm</name>
    <message>
        <source>&amp;Dataset folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on the cluster, such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s folder on the cluster (not on this computer): Fashion-MNIST or MNIST files, CIFAR-10 binary batches, or one folder of images per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image folders (one per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect: the format is read from the folder&apos;s files before anything is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smallcnn trains in minutes; resnet9 and resnet18 reach a higher accuracy on larger images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the trainer goes through the training images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per step on each GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 uses the trainer&apos;s default for the optimizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fp32 (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 (mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One task per GPU; above 1 the trainer runs data-parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s time limit. Near it the trainer saves a checkpoint and the job is requeued to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named container with PyTorch (made on the Containers page): the trainer is built and runs in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU model such as A100, or empty for any GPU of the partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the cluster to browse its folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Dataset Folder on This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: %1 → uploaded before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 on this computer is uploaded to the cluster before training, into patagon-datasets/%2 beside the run folders (files already there are not sent again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 on this computer is uploaded to %2 on the cluster before training (files already there are not sent again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ru&amp;ns folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload from t&amp;his computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on a folder on this computer: it is uploaded to the cluster before training (files already there are not sent again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a cluster folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on a folder that is on the cluster already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$SCRATCH or /scratch/$USER when they exist, else ~/patagon-runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each run&apos;s folder goes on the cluster (checkpoints, metrics, logs). Empty: a patagon-runs folder in $SCRATCH or /scratch/$USER when one exists and may be written, else ~/patagon-runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::TrainPage</name>
    <message>
        <source>Epoch %1, step %2 of %3: loss %4, %5 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1: %2% busy, %3 of %4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the run&apos;s files failed (trying again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job %1? The trainer saves a checkpoint first, and the run is recorded as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training finished. Test accuracy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching run %1 again: it was still going when the app was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs are not recorded on this computer, so they will not be listed under Runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1, %2: %3, test accuracy %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n recorded run(s).</source>
        <translation>
            <numerusform>Comparing %n recorded run.</numerusform>
            <numerusform>Comparing %n recorded runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>A recorded run, as it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to the cluster on the Connection page, then press Train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress. Wait for it to end or cancel it to start another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the trainer if needed and submit this run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Esc). A submitted job is cancelled after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Settings: %1, %n epoch(s)</source>
        <translation>
            <numerusform>Settings: %1, %n epoch</numerusform>
            <numerusform>Settings: %1, %n epochs</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide this run&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1, %n epoch(s)</source>
        <translation>
            <numerusform>Next run: %1, %n epoch</numerusform>
            <numerusform>Next run: %1, %n epochs</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the script first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop before submitting, so that the batch script can be read on the Script page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the job; the trainer saves a checkpoint first…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patagon::VerifyWizardPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs Python inside the new container to see whether PyTorch and CUDA are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running python3 in %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 works in this container, and CUDA is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch %1 works in this container, but CUDA is not available here (no GPU on this node, or a CPU-only build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container works, but PyTorch is not installed in it. Install torch on the Packages page, or start from a PyTorch image such as nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
