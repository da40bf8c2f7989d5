<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Patagon::AboutDialog</name>
    <message>
        <source>About Patagon Studio</source>
        <translation>Acerca de Patagon Studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Patagon Studio %1&lt;/h2&gt;&lt;p&gt;Train neural networks on a Slurm GPU cluster: connect, prepare the container, write the batch script, submit, follow the logs and train with one click.&lt;/p&gt;&lt;p&gt;Built with Qt %2, libssh %3 and KSyntaxHighlighting %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Patagon Studio %1&lt;/h2&gt;&lt;p&gt;Entrene redes neuronales en un clúster GPU con Slurm: conéctese, prepare el contenedor, escriba el script de lote, envíelo, siga los registros y entrene con un clic.&lt;/p&gt;&lt;p&gt;Construido con Qt %2, libssh %3 y KSyntaxHighlighting %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Patagon::Cli</name>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>predefinido</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil «%1»: %2</translation>
    </message>
    <message>
        <source>Connected. Host key %1 %2 (known).</source>
        <translation>Conectado. Clave del servidor %1 %2 (conocida).</translation>
    </message>
    <message>
        <source>Partitions (sinfo):</source>
        <translation>Particiones (sinfo):</translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation>sbatch rechazó el trabajo: %1</translation>
    </message>
    <message>
        <source>Submitted batch job %1.</source>
        <translation>Trabajo por lotes %1 enviado.</translation>
    </message>
    <message>
        <source>Job %1 is %2.</source>
        <translation>El trabajo %1 está %2.</translation>
    </message>
    <message>
        <source>Job %1 did not finish within 5 minutes; it is still %2.</source>
        <translation>El trabajo %1 no terminó en 5 minutos; sigue %2.</translation>
    </message>
    <message>
        <source>Output of job %1:</source>
        <translation>Salida del trabajo %1:</translation>
    </message>
    <message>
        <source>Accounting (sacct):</source>
        <translation>Contabilidad (sacct):</translation>
    </message>
    <message>
        <source>Unknown profiles command &quot;%1&quot;. Try &quot;patagon-studio profiles list&quot;.</source>
        <translation>Comando de perfiles desconocido «%1». Pruebe «patagon-studio profiles list».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;patagon-studio --help&quot; for the list.</source>
        <translation>Comando desconocido «%1». Ejecute «patagon-studio --help» para ver la lista.</translation>
    </message>
    <message>
        <source>The host %1 is not known yet.
Its %2 key has the fingerprint
    %3
Compare it with the one your administrators publish.</source>
        <translation>El servidor %1 aún no es conocido.
Su clave %2 tiene la huella
    %3
Compárela con la que publican sus administradores.</translation>
    </message>
    <message>
        <source>Trust it and remember it in %1? [yes/once/no] </source>
        <translation>¿Confiar en ella y recordarla en %1? [sí/una vez/no] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>That was not accepted; try again.</source>
        <translation>No fue aceptado; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Conectado a %1 (%2).</translation>
    </message>
    <message>
        <source>Host key: %1 %2</source>
        <translation>Clave del servidor: %1 %2</translation>
    </message>
    <message>
        <source>Partitions:</source>
        <translation>Particiones:</translation>
    </message>
    <message>
        <source>  %1: %2, time limit %3, %4 node(s) %5, GRES %6</source>
        <translation>  %1: %2, límite de tiempo %3, %4 nodo(s) %5, GRES %6</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Warning: not checked against the cluster: %1</source>
        <translation>Advertencia: no se revisó contra el clúster: %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Which script? Give the file to check.</source>
        <translation>¿Qué script? Indique el archivo que desea revisar.</translation>
    </message>
    <message>
        <source>Directives:</source>
        <translation>Directivas:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (inactive)</source>
        <translation>%1: %2 (inactiva)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Give the file and at least one NAME=VALUE.</source>
        <translation>Indique el archivo y al menos un NOMBRE=VALOR.</translation>
    </message>
    <message>
        <source>Unknown script command &quot;%1&quot;.</source>
        <translation>Comando de script desconocido «%1».</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Usage: patagon-studio image check REFERENCE [--enroot-version VERSION] [--json]
</source>
        <translation>Uso: patagon-studio image check REFERENCIA [--enroot-version VERSIÓN] [--json]
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Squashfs file: %1</source>
        <translation>Archivo squashfs: %1</translation>
    </message>
    <message>
        <source>Normalized:  %1</source>
        <translation>Normalizada: %1</translation>
    </message>
    <message>
        <source>Registry:    %1</source>
        <translation>Registro:    %1</translation>
    </message>
    <message>
        <source>Image:       %1</source>
        <translation>Imagen:      %1</translation>
    </message>
    <message>
        <source>Tag:         %1</source>
        <translation>Etiqueta:    %1</translation>
    </message>
    <message>
        <source>Digest:      %1</source>
        <translation>Digest:      %1</translation>
    </message>
    <message>
        <source>User:        %1</source>
        <translation>Usuario:     %1</translation>
    </message>
    <message>
        <source>Not a valid image reference: %1</source>
        <translation>No es una referencia de imagen válida: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Enroot version (for example 3.4.1).</source>
        <translation>«%1» no es una versión de Enroot (por ejemplo 3.4.1).</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>ID	NAME	STATE	PARTITION	ELAPSED	NODES/REASON</source>
        <translation>ID	NOMBRE	ESTADO	PARTICIÓN	TRANSCURRIDO	NODOS/MOTIVO</translation>
    </message>
    <message>
        <source>Cancelled job %1.</source>
        <translation>Trabajo %1 cancelado.</translation>
    </message>
    <message>
        <source>Waiting for %1 to appear…</source>
        <translation>Esperando a que aparezca %1…</translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation>El trabajo %1 terminó: %2.</translation>
    </message>
    <message>
        <source>Checking against the facts of %1 read %2 instead.</source>
        <translation>Se revisa en su lugar contra los datos de %1 leídos el %2.</translation>
    </message>
    <message>
        <source>patagon-studio containers probe [--json] [--profile NAME]
       patagon-studio containers list [--partition P] [--json] [--profile NAME]
       patagon-studio containers create NAME IMAGE [--partition P] [--node N] [--save PATH.sqsh] [--profile NAME]
       patagon-studio containers remove NAME [--node N] [--partition P] [--profile NAME]</source>
        <translation>patagon-studio containers probe [--json] [--profile NOMBRE]
       patagon-studio containers list [--partition P] [--json] [--profile NOMBRE]
       patagon-studio containers create NOMBRE IMAGEN [--partition P] [--node N] [--save RUTA.sqsh] [--profile NOMBRE]
       patagon-studio containers remove NOMBRE [--node N] [--partition P] [--profile NOMBRE]</translation>
    </message>
    <message>
        <source>patagon-studio packages install NAME [--pip PKG...] [--apt PKG...] [-r requirements.txt] [--partition P] [--node N] [--save PATH.sqsh] [--profile NAME]
       patagon-studio packages manifest NAME [--json] [--profile NAME]
       patagon-studio packages replay NAME --onto OTHER [--partition P] [--node N] [--profile NAME]</source>
        <translation>patagon-studio packages install NOMBRE [--pip PAQ...] [--apt PAQ...] [-r requirements.txt] [--partition P] [--node N] [--save RUTA.sqsh] [--profile NOMBRE]
       patagon-studio packages manifest NOMBRE [--json] [--profile NOMBRE]
       patagon-studio packages replay NOMBRE --onto OTRO [--partition P] [--node N] [--profile NOMBRE]</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Pyxis:       %1</source>
        <translation>Pyxis:       %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Flags:       %1</source>
        <translation>Opciones:    %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Enroot:      %1</source>
        <translation>Enroot:      %1</translation>
    </message>
    <message>
        <source>Enroot:      %1 (on the compute node %2)</source>
        <translation>Enroot:      %1 (en el nodo de cómputo %2)</translation>
    </message>
    <message>
        <source>Partition:   %1%2 (nodes: %3)</source>
        <translation>Partición:   %1%2 (nodos: %3)</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>No named containers on %1.</source>
        <translation>No hay contenedores con nombre en %1.</translation>
    </message>
    <message>
        <source>This cluster cannot run containers.</source>
        <translation>Este clúster no puede ejecutar contenedores.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>The container %1 already existed on the node %2; it was not imported again.</source>
        <translation>El contenedor %1 ya existía en el nodo %2; no se volvió a importar.</translation>
    </message>
    <message>
        <source>The container %1 is ready on the node %2.</source>
        <translation>El contenedor %1 está listo en el nodo %2.</translation>
    </message>
    <message>
        <source>Removed the container %1.</source>
        <translation>Se eliminó el contenedor %1.</translation>
    </message>
    <message>
        <source>Installed into %1. The manifest is %2.</source>
        <translation>Instalado en %1. El manifiesto es %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Container: %1</source>
        <translation>Contenedor: %1</translation>
    </message>
    <message>
        <source>Image:     %1</source>
        <translation>Imagen:     %1</translation>
    </message>
    <message>
        <source>Node:      %1</source>
        <translation>Nodo:       %1</translation>
    </message>
    <message>
        <source>Nothing has been installed into it with Patagon Studio yet.</source>
        <translation>Todavía no se ha instalado nada en él con Patagon Studio.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed (exit status %1)</source>
        <translation>falló (código de salida %1)</translation>
    </message>
    <message>
        <source>Connected, but sinfo failed: %1</source>
        <translation>Conectado, pero sinfo falló: %1</translation>
    </message>
    <message>
        <source>The connection dropped during the submission; job %1 was found on the cluster and was not submitted twice.</source>
        <translation>La conexión se cortó durante el envío; el trabajo %1 se encontró en el clúster y no se envió dos veces.</translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation>--profile necesita el nombre de un perfil.</translation>
    </message>
    <message>
        <source>Usage: patagon-studio connect [--profile NAME]</source>
        <translation>Uso: patagon-studio connect [--profile NOMBRE]</translation>
    </message>
    <message>
        <source>runs %1: wrong arguments. See patagon-studio runs.</source>
        <translation>runs %1: argumentos incorrectos. Consulte patagon-studio runs.</translation>
    </message>
    <message>
        <source>Downloaded best.pt, metrics.jsonl and summary.json to %1</source>
        <translation>Se descargaron best.pt, metrics.jsonl y summary.json en %1</translation>
    </message>
    <message>
        <source>Test accuracy: %1 on %2 images</source>
        <translation>Exactitud de prueba: %1 en %2 imágenes</translation>
    </message>
    <message>
        <source>%1 expects a number, not &quot;%2&quot;.</source>
        <translation>%1 espera un número, no «%2».</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>Argumento desconocido «%1».</translation>
    </message>
    <message>
        <source>Run %1 submitted as job %2; its folder is %3</source>
        <translation>Ejecución %1 enviada como trabajo %2; su carpeta es %3</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Trabajo %1: %2</translation>
    </message>
    <message>
        <source>epoch %1/%2: train loss %3, validation accuracy %4%, %5 images/s</source>
        <translation>época %1/%2: pérdida de entrenamiento %3, exactitud de validación %4 %, %5 imágenes/s</translation>
    </message>
    <message>
        <source>  epoch %1, step %2/%3: loss %4, %5 images/s</source>
        <translation>  época %1, paso %2/%3: pérdida %4, %5 imágenes/s</translation>
    </message>
    <message>
        <source>  GPU %1: %2% busy, %3 of %4 MiB</source>
        <translation>  GPU %1: %2 % de uso, %3 de %4 MiB</translation>
    </message>
    <message>
        <source>Test accuracy: %1</source>
        <translation>Exactitud de prueba: %1</translation>
    </message>
    <message>
        <source>patagon-studio runs list [--json] [--profile NAME]
       patagon-studio runs show ID [--json]
       patagon-studio runs eval ID [--json]
       patagon-studio runs predict ID IMAGE... [--json]
       patagon-studio runs download ID FOLDER</source>
        <translation>patagon-studio runs list [--json] [--profile NOMBRE]
     patagon-studio runs show ID [--json]
     patagon-studio runs eval ID [--json]
     patagon-studio runs predict ID IMAGEN... [--json]
     patagon-studio runs download ID CARPETA</translation>
    </message>
    <message>
        <source>No runs yet. Start one with &quot;patagon-studio train&quot;.</source>
        <translation>Aún no hay ejecuciones. Inicie una con «patagon-studio train».</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Trabajos: %1</translation>
    </message>
    <message>
        <source>Container: %1 on %2</source>
        <translation>Contenedor: %1 en %2</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Carpeta de la ejecución: %1</translation>
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
        <translation>patagon-studio train (--data ESPEC | --upload CARPETA [--data ESPEC]) [--model NOMBRE]
       [--epochs N] [--container NOMBRE]
       [--gpus N] [--batch-size N] [--lr X] [--optimizer sgd|adamw] [--bf16]
       [--partition P] [--gpu-type T | --no-gpu] [--time LÍMITE] [--cpus N]
       [--limit-train N] [--limit-test N] [--runs-folder CARPETA] [--torch-prefix CARPETA]
       [--follow] [--json] [--profile NOMBRE]
ESPEC es TIPO:CARPETA (fashion-mnist, mnist, cifar10, imagefolder) o una carpeta del
clúster, cuyo formato se detecta entonces. --upload copia antes una carpeta de este equipo
(a la carpeta de ESPEC o, si no, junto a las carpetas de ejecución), sin volver a copiar
los archivos que ya están allí.</translation>
    </message>
    <message>
        <source>--data or --upload is required.</source>
        <translation>Se necesita --data o --upload.</translation>
    </message>
    <message>
        <source>Usage: patagon-studio script check FILE [--json] [--profile NAME] [--refresh]
       patagon-studio script set FILE NAME=VALUE ...
       patagon-studio script fix FILE [--profile NAME] [--refresh]</source>
        <translation>Uso: patagon-studio script check ARCHIVO [--json] [--profile NOMBRE] [--refresh]
       patagon-studio script set ARCHIVO NOMBRE=VALOR ...
       patagon-studio script fix ARCHIVO [--profile NOMBRE] [--refresh]</translation>
    </message>
    <message>
        <source>Give the one file to fix.</source>
        <translation>Indique el único archivo que corregir.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 (not fixed): %4</source>
        <translation>%1:%2: %3 (sin corregir): %4</translation>
    </message>
    <message>
        <source>Which script command? check, set or fix.</source>
        <translation>¿Qué comando de script? check, set o fix.</translation>
    </message>
    <message numerus="yes">
        <source>%n helper job(s) of the app not shown; --all shows them.</source>
        <translation>
            <numerusform>%n trabajo auxiliar de la aplicación no se muestra; --all lo muestra.</numerusform>
            <numerusform>%n trabajos auxiliares de la aplicación no se muestran; --all los muestra.</numerusform>
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
        <translation>Uso: patagon-studio [opciones]
     patagon-studio &lt;comando&gt; [argumentos]

Sin comando, abre la ventana principal.

Comandos:
  cancel ID... [--profile NOMBRE]
                        Cancela trabajos
  connect [--profile NOMBRE]
                        Inicia sesión y muestra el servidor y sus particiones
  containers probe|list [--json] [--profile NOMBRE]
                        Muestra lo que ofrece el clúster para contenedores o
                        lista los contenedores con nombre y sus nodos
  containers create NOMBRE IMAGEN [--partition P] [--node N]
                        Importa una imagen como contenedor con nombre
  containers remove NOMBRE [--node N]
                        Elimina un contenedor con nombre
  demo [--profile NOMBRE]
                        Ejecuta un trabajo corto en el clúster y muestra
                        cada paso
  image check REF [--enroot-version V] [--json]
                        Comprueba y normaliza una referencia de imagen de
                        contenedor
  jobs [--json] [--all] [--profile NOMBRE]
                        Lista sus trabajos: en cola, en ejecución y los del
                        último día; --all también los trabajos auxiliares
                        de la aplicación
  logs ID [-f] [--profile NOMBRE]
                        Muestra la salida y los errores de un trabajo; -f los
                        sigue hasta que el trabajo termina
  packages install NOMBRE [--pip PAQ...] [--apt PAQ...] [-r ARCHIVO]
                        Instala paquetes en un contenedor con nombre
  packages manifest NOMBRE [--json]
                        Muestra lo que se instaló en un contenedor
  packages replay NOMBRE --onto OTRO
                        Instala los paquetes de un contenedor en otro
  profiles list         Lista los perfiles de conexión
  runs list|show ID [--json] [--profile NOMBRE]
                        Lista las ejecuciones de entrenamiento o muestra una
  script check ARCHIVO [--json] [--profile NOMBRE]
                        Comprueba un script por lotes de Slurm tal como lo
                        lee sbatch
  script set ARCHIVO NOMBRE=VALOR ...
                        Edita las directivas #SBATCH de un script por lotes
  script fix ARCHIVO [--profile NOMBRE]
                        Aplica las correcciones del comprobador a un script
                        por lotes
  shell [--profile NOMBRE] [--container NOMBRE [--node N] [--remap-root]]
        [-- COMANDO...]
                        Abre una terminal en el nodo de acceso o en un
                        contenedor en su nodo de cómputo; con COMANDO, lo
                        ejecuta allí en una terminal y termina con su
                        código de salida
  submit ARCHIVO [--profile NOMBRE]
                        Envía un script por lotes y muestra el número del
                        trabajo
  train --data DATOS | --upload CARPETA [--model NOMBRE] [--epochs N]
        [--container NOMBRE]
        [--gpus N] [--follow] [--json] [--profile NOMBRE]
                        Compila el entrenador en un contenedor y entrena en
                        el clúster (train --help lista todas las opciones)
  version               Muestra la versión y termina

Los comandos que usan el clúster toman el último perfil utilizado (o
«sandbox») cuando no se indica --profile; script check entonces comprueba
el script por sí solo. Con un comando, -v o --verbose también muestra en
stderr lo que hace la aplicación por el camino (conexiones, comandos,
consultas).

Opciones de la ventana:
  --profile NOMBRE      Selecciona este perfil de conexión
  --page NOMBRE         Abre primero esta página (connection, containers,
                        packages, script, jobs, logs, train, terminal,
                        settings)
  --lang CÓDIGO         Usa este idioma en esta ejecución (en, es)
  --screenshot ARCHIVO  Guarda una imagen de la ventana y termina
  -v, --version         Muestra la versión y termina
  -h, --help            Muestra esta ayuda y termina
</translation>
    </message>
    <message>
        <source>patagon-studio shell [--profile NAME] [--container NAME [--node N] [--partition P] [--remap-root]] [-- COMMAND...]</source>
        <translation>patagon-studio shell [--profile NOMBRE] [--container NOMBRE [--node N] [--partition P] [--remap-root]] [-- COMANDO...]</translation>
    </message>
    <message>
        <source>Looking for the container &quot;%1&quot; on the cluster&apos;s nodes…</source>
        <translation>Buscando el contenedor «%1» en los nodos del clúster…</translation>
    </message>
    <message>
        <source>There is no container named &quot;%1&quot; on the nodes checked (%2). Create it first: patagon-studio containers create.</source>
        <translation>No hay ningún contenedor llamado «%1» en los nodos consultados (%2). Créelo primero: patagon-studio containers create.</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; exists on several nodes (%2): say which with --node.</source>
        <translation>El contenedor «%1» existe en varios nodos (%2): indique cuál con --node.</translation>
    </message>
    <message>
        <source>A shell in the container &quot;%1&quot; on %2: it holds a place on that node until it ends (exit, or Ctrl+D).</source>
        <translation>Un shell en el contenedor «%1» en %2: ocupa un lugar en ese nodo hasta que termina (exit o Ctrl+D).</translation>
    </message>
    <message>
        <source>Could not watch the terminal&apos;s size.</source>
        <translation>No se pudo seguir el tamaño de la terminal.</translation>
    </message>
    <message>
        <source>The session ended by signal %1.</source>
        <translation>La sesión terminó por la señal %1.</translation>
    </message>
    <message>
        <source>Job %1 left no output to show: %2 does not exist.</source>
        <translation>El trabajo %1 no dejó salida que mostrar: %2 no existe.</translation>
    </message>
    <message>
        <source>This worked in the shell: %1</source>
        <translation>Esto funcionó en el shell: %1</translation>
    </message>
    <message>
        <source>Not recorded in the package list (no terminal to ask).</source>
        <translation>No se registró en la lista de paquetes (no hay una terminal donde preguntar).</translation>
    </message>
    <message>
        <source>Record %1 in the package list of &quot;%2&quot;, so that a replay installs it? [y/N] </source>
        <translation>¿Registrar %1 en la lista de paquetes de «%2», para que una repetición lo instale? [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrado.</translation>
    </message>
    <message>
        <source>Could not record it: %1</source>
        <translation>No se pudo registrar: %1</translation>
    </message>
</context>
<context>
    <name>Patagon::ClusterFactsBar</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s partitions, limits, GPUs and container options again.</source>
        <translation>Vuelve a leer las particiones, los límites, las GPU y las opciones de contenedor del clúster.</translation>
    </message>
    <message>
        <source>Checked against the facts of %1 read %2. Reading them again…</source>
        <translation>Comprobado con los datos de %1 leídos el %2. Volviendo a leerlos…</translation>
    </message>
    <message>
        <source>Checked against the facts of %1 read %2. Reading them again failed: %3</source>
        <translation>Comprobado con los datos de %1 leídos el %2. No se pudieron volver a leer: %3</translation>
    </message>
    <message>
        <source>Checked against the facts of %1 read %2.</source>
        <translation>Comprobado con los datos de %1 leídos el %2.</translation>
    </message>
    <message>
        <source>Reading the partitions, limits and GPUs of %1…</source>
        <translation>Leyendo las particiones, los límites y las GPU de %1…</translation>
    </message>
    <message>
        <source>Not checked against the cluster: %1</source>
        <translation>No comprobado con el clúster: %1</translation>
    </message>
    <message>
        <source>Not checked against a cluster: connect to check partitions, time limits and GPUs.</source>
        <translation>No comprobado con ningún clúster: conéctese para comprobar particiones, límites de tiempo y GPU.</translation>
    </message>
</context>
<context>
    <name>Patagon::CommandOutput</name>
    <message>
        <source>(harmless: apt cannot give its log to root:adm inside a container)</source>
        <translation>(inofensivo: apt no puede ceder su registro a root:adm dentro de un contenedor)</translation>
    </message>
</context>
<context>
    <name>Patagon::ConfusionModel</name>
    <message>
        <source>True %1, predicted %2: %3 images (%4 % of %1)</source>
        <translation>Real %1, predicha %2: %3 imágenes (%4 % de %1)</translation>
    </message>
    <message>
        <source>True class: %1</source>
        <translation>Clase real: %1</translation>
    </message>
    <message>
        <source>Predicted class: %1</source>
        <translation>Clase predicha: %1</translation>
    </message>
</context>
<context>
    <name>Patagon::ConnectionPage</name>
    <message>
        <source>No profile yet. Add one with the login node&apos;s host name and your user name.</source>
        <translation>Aún no hay perfiles. Agregue uno con el nombre del nodo de acceso y su nombre de usuario.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Login node: %2&lt;br&gt;Partitions: %3 (CPU), %4 (GPU, %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nodo de acceso: %2&lt;br&gt;Particiones: %3 (CPU), %4 (GPU, %5)</translation>
    </message>
    <message>
        <source>Through: %1</source>
        <translation>A través de: %1</translation>
    </message>
    <message>
        <source>Shipped with the app: edit it to add your user name.</source>
        <translation>Incluido con la aplicación: edítelo para agregar su nombre de usuario.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>The connection dropped; reconnecting…</source>
        <translation>Se perdió la conexión; reconectando…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Server: %1
Host key: %2 %3</source>
        <translation>Servidor: %1
Clave del servidor: %2 %3</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the connection profile &quot;%1&quot;? This cannot be undone.</source>
        <translation>¿Eliminar el perfil de conexión «%1»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
</context>
<context>
    <name>Patagon::ContainerListModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Kept by Enroot on %1 as %2.</source>
        <translation>Enroot lo guarda en %1 como %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
</context>
<context>
    <name>Patagon::ContainerWizard</name>
    <message>
        <source>New container</source>
        <translation>Nuevo contenedor</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <source>The image is still being imported. Stop the import and close the wizard?</source>
        <translation>La imagen todavía se está importando. ¿Detener la importación y cerrar el asistente?</translation>
    </message>
</context>
<context>
    <name>Patagon::ContainersPage</name>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>&amp;New container…</source>
        <translation>&amp;Nuevo contenedor…</translation>
    </message>
    <message>
        <source>Import an image as a named container (%1)</source>
        <translation>Importar una imagen como contenedor con nombre (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Ask every node for its named containers (F5)</source>
        <translation>Preguntar a cada nodo por sus contenedores con nombre (F5)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Open in &amp;Packages</source>
        <translation>Abrir en &amp;Paquetes</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connect to the cluster on the Connection page to see and create containers.</source>
        <translation>Conéctese al clúster en la página Conexión para ver y crear contenedores.</translation>
    </message>
    <message>
        <source>Offline: the list may be out of date.</source>
        <translation>Sin conexión: la lista puede estar desactualizada.</translation>
    </message>
    <message>
        <source>Looking for containers…</source>
        <translation>Buscando contenedores…</translation>
    </message>
    <message>
        <source>Asking each compute node for its named containers.</source>
        <translation>Preguntando a cada nodo de cómputo por sus contenedores con nombre.</translation>
    </message>
    <message>
        <source>The containers could not be listed</source>
        <translation>No se pudieron listar los contenedores</translation>
    </message>
    <message>
        <source>No containers yet</source>
        <translation>Todavía no hay contenedores</translation>
    </message>
    <message>
        <source>A named container keeps an image ready on a compute node, with the packages you install in it. Create one from an image such as python or nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation>Un contenedor con nombre mantiene una imagen lista en un nodo de cómputo, con los paquetes que instale en él. Cree uno a partir de una imagen como python o nvcr.io#nvidia/pytorch:24.05-py3.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n contenedor</numerusform>
            <numerusform>%n contenedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove container</source>
        <translation>Eliminar contenedor</translation>
    </message>
    <message>
        <source>Remove the container %1 from %2? Everything installed in it is lost; its package record on this computer goes too.</source>
        <translation>¿Eliminar el contenedor %1 de %2? Se pierde todo lo instalado en él; también se borra su registro de paquetes en este equipo.</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>Eliminando %1 de %2…</translation>
    </message>
    <message>
        <source>Open &amp;shell</source>
        <translation>Abrir &amp;shell</translation>
    </message>
    <message>
        <source>A terminal inside the container, on the node that holds it</source>
        <translation>Una terminal dentro del contenedor, en el nodo que lo contiene</translation>
    </message>
    <message>
        <source>Open shell as &amp;root (for apt)</source>
        <translation>Abrir shell como &amp;root (para apt)</translation>
    </message>
</context>
<context>
    <name>Patagon::Core</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;. List the profiles with &quot;patagon-studio profiles list&quot;.</source>
        <translation>No hay ningún perfil de conexión llamado «%1». Liste los perfiles con «patagon-studio profiles list».</translation>
    </message>
    <message>
        <source>A profile needs a name and a host or an SSH alias.</source>
        <translation>Un perfil necesita un nombre y un servidor o un alias de SSH.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot; to delete.</source>
        <translation>No hay ningún perfil guardado llamado «%1» que eliminar.</translation>
    </message>
    <message>
        <source>Could not create the folder for &quot;%1&quot;. Check that you may write there.</source>
        <translation>No se pudo crear la carpeta de «%1». Compruebe que tiene permiso de escritura allí.</translation>
    </message>
    <message>
        <source>Could not write the profile file &quot;%1&quot;.</source>
        <translation>No se pudo escribir el archivo de perfil «%1».</translation>
    </message>
    <message>
        <source>A remote command needs a program name.</source>
        <translation>Un comando remoto necesita el nombre de un programa.</translation>
    </message>
    <message>
        <source>Argument %1 of the command contains a NUL byte, which no program can receive. Remove it and try again.</source>
        <translation>El argumento %1 del comando contiene un byte NUL, que ningún programa puede recibir. Quítelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation>No se pudo crear una sesión SSH.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2. Check the host name and port, and that the server is reachable.</source>
        <translation>No se pudo conectar a %1: %2. Compruebe el nombre del servidor y el puerto, y que el servidor sea accesible.</translation>
    </message>
    <message>
        <source>The server %1 did not present a host key.</source>
        <translation>El servidor %1 no presentó una clave de servidor.</translation>
    </message>
    <message>
        <source>Not connected. Connect to the cluster first.</source>
        <translation>Sin conexión. Conéctese primero al clúster.</translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot; on %2: %3.</source>
        <translation>No se pudo iniciar «%1» en %2: %3.</translation>
    </message>
    <message>
        <source>Could not send input to &quot;%1&quot; on %2.</source>
        <translation>No se pudo enviar la entrada a «%1» en %2.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while &quot;%2&quot; ran: %3.</source>
        <translation>La conexión con %1 se cortó mientras se ejecutaba «%2»: %3.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is unknown. Check its spelling, and that you are on the network (or VPN) that reaches the cluster.</source>
        <translation>El nombre de servidor «%1» es desconocido. Revise cómo está escrito y que esté en la red (o VPN) que llega al clúster.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2. Check the port number; the SSH server may be down.</source>
        <translation>%1 rechazó la conexión en el puerto %2. Revise el número de puerto; puede que el servidor SSH esté detenido.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the login finished. The server may be busy or may not accept connections from your address; try again in a moment, or ask the administrators.</source>
        <translation>%1 cerró la conexión antes de terminar el inicio de sesión. Puede que el servidor esté ocupado o que no acepte conexiones desde su dirección; inténtelo en un momento o consulte a los administradores.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check that you are on the network (or VPN) that reaches the cluster, and try again.</source>
        <translation>%1 no respondió en %2 segundos. Compruebe que está en la red (o VPN) que llega al clúster e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is marked as revoked in %4. Do not connect: ask the administrators for the current key.</source>
        <translation>La clave del servidor %1 (%2 %3) está marcada como revocada en %4. No se conecte: pida a los administradores la clave vigente.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. It is now %2 %3, which does not match line %4 of %5. Someone may be intercepting the connection, or the server was reinstalled. Ask the administrators before you trust the new key; then remove that line and connect again.</source>
        <translation>ADVERTENCIA: la clave del servidor %1 ha CAMBIADO. Ahora es %2 %3, que no coincide con la línea %4 de %5. Alguien podría estar interceptando la conexión, o el servidor se reinstaló. Consulte a los administradores antes de confiar en la nueva clave; luego borre esa línea y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The server %1 presented a %2 host key, but line %3 of %4 records a key of another type for it. This can be an attack. Ask the administrators which key is right.</source>
        <translation>El servidor %1 presentó una clave %2, pero la línea %3 de %4 registra para él una clave de otro tipo. Puede tratarse de un ataque. Pregunte a los administradores cuál es la clave correcta.</translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2: %3.</source>
        <translation>No se pudo comprobar la clave del servidor %1 con %2: %3.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) was not accepted, so the connection was closed.</source>
        <translation>No se aceptó la clave del servidor %1 (%2 %3), así que se cerró la conexión.</translation>
    </message>
    <message>
        <source>Could not record the host key in %1: %2. Check that you may write that file.</source>
        <translation>No se pudo registrar la clave del servidor en %1: %2. Compruebe que puede escribir ese archivo.</translation>
    </message>
    <message>
        <source>The connection to %1 broke during login: %2.</source>
        <translation>La conexión con %1 se cortó durante el inicio de sesión: %2.</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Frase de contraseña de %1:</translation>
    </message>
    <message>
        <source>The key %1 needs its passphrase, and none was given.</source>
        <translation>La clave %1 necesita su frase de contraseña y no se indicó ninguna.</translation>
    </message>
    <message>
        <source>The passphrase for the key %1 is wrong. Type it again, or check that this is the right key file.</source>
        <translation>La frase de contraseña de la clave %1 es incorrecta. Escríbala de nuevo o compruebe que es el archivo de clave correcto.</translation>
    </message>
    <message>
        <source>%1 accepted none of the ways to log in that were tried (key files, ssh-agent, password). Check the user name and the key file in the profile.</source>
        <translation>%1 no aceptó ninguna de las formas de inicio de sesión probadas (archivos de clave, ssh-agent, contraseña). Revise el nombre de usuario y el archivo de clave del perfil.</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled.</source>
        <translation>Se canceló el inicio de sesión en %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the password or the one-time code. Codes change every few seconds: wait for a new one, check that your device&apos;s clock is right, and try again.</source>
        <translation>%1 no aceptó la contraseña o el código de un solo uso. Los códigos cambian cada pocos segundos: espere uno nuevo, compruebe que el reloj de su dispositivo está en hora e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 did not accept the password. Check it (and the user name) and try again.</source>
        <translation>%1 no aceptó la contraseña. Revísela (y el nombre de usuario) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist on %2.</source>
        <translation>«%1» no existe en %2.</translation>
    </message>
    <message>
        <source>Permission denied on &quot;%1&quot; on %2. Check the path, or ask the file&apos;s owner for access.</source>
        <translation>Permiso denegado en «%1» en %2. Revise la ruta o pida acceso al dueño del archivo.</translation>
    </message>
    <message>
        <source>The file operation on &quot;%1&quot; failed on %2 (SFTP error %3).</source>
        <translation>Falló la operación sobre el archivo «%1» en %2 (error SFTP %3).</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>Se perdió la conexión con %1 (%2).</translation>
    </message>
    <message>
        <source>Could not reconnect to %1 after %2 attempts. Check the network and connect again.</source>
        <translation>No se pudo reconectar a %1 tras %2 intentos. Revise la red y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Could not start file transfer (SFTP) on %1: %2.</source>
        <translation>No se pudo iniciar la transferencia de archivos (SFTP) en %1: %2.</translation>
    </message>
    <message>
        <source>The transfer of &quot;%1&quot; was cancelled.</source>
        <translation>Se canceló la transferencia de «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists on %2 and is not a folder.</source>
        <translation>«%1» existe en %2 y no es una carpeta.</translation>
    </message>
    <message>
        <source>The local file &quot;%1&quot; does not exist.</source>
        <translation>El archivo local «%1» no existe.</translation>
    </message>
    <message>
        <source>Could not read the local file &quot;%1&quot;: %2.</source>
        <translation>No se pudo leer el archivo local «%1»: %2.</translation>
    </message>
    <message>
        <source>Could not write the local file &quot;%1&quot;: %2.</source>
        <translation>No se pudo escribir el archivo local «%1»: %2.</translation>
    </message>
    <message>
        <source>The local file &quot;%1&quot; changed while it was being uploaded.</source>
        <translation>El archivo local «%1» cambió mientras se subía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time limit. Write minutes (30), MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS or UNLIMITED.</source>
        <translation>«%1» no es un límite de tiempo. Escriba minutos (30), MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS o UNLIMITED.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a field above its range; Slurm carries it over and reads it as %2.</source>
        <translation>«%1» tiene un campo fuera de rango; Slurm lo traspasa y lo lee como %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of memory Slurm understands: write &quot;%2&quot; (the unit is one letter: K, M, G or T).</source>
        <translation>«%1» no es una cantidad de memoria que Slurm entienda: escriba «%2» (la unidad es una letra: K, M, G o T).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of memory. Write megabytes (4096) or a number with a unit: K, M, G or T (16G).</source>
        <translation>«%1» no es una cantidad de memoria. Escriba megabytes (4096) o un número con unidad: K, M, G o T (16G).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number above zero.</source>
        <translation>«%1» no es un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node count. Write a number (2) or a range MIN-MAX (2-4).</source>
        <translation>«%1» no es una cantidad de nodos. Escriba un número (2) o un rango MÍN-MÁX (2-4).</translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; runs backwards: its minimum is above its maximum.</source>
        <translation>El rango «%1» está al revés: su mínimo es mayor que su máximo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GRES request: write &quot;%2&quot;.</source>
        <translation>«%1» no es una solicitud GRES: escriba «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GRES request. Write NAME, NAME:COUNT or NAME:TYPE:COUNT (gpu, gpu:2, gpu:A100:1), several separated by commas.</source>
        <translation>«%1» no es una solicitud GRES. Escriba NOMBRE, NOMBRE:CANTIDAD o NOMBRE:TIPO:CANTIDAD (gpu, gpu:2, gpu:A100:1), varias separadas por comas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; asks for zero %2.</source>
        <translation>«%1» pide cero %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GPU count. Write a number above zero (2) or TYPE:COUNT (A100:2).</source>
        <translation>«%1» no es una cantidad de GPU. Escriba un número mayor que cero (2) o TIPO:CANTIDAD (A100:2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job array. Write indexes such as 0-15, 1,3,5 or 0-15:2, optionally with %N to run at most N at once (0-15%4).</source>
        <translation>«%1» no es un arreglo de trabajos. Escriba índices como 0-15, 1,3,5 o 0-15:2, opcionalmente con %N para ejecutar como máximo N a la vez (0-15%4).</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the limit %2 would let no task run at once.</source>
        <translation>En «%1», el límite %2 no dejaría ejecutar ninguna tarea a la vez.</translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; runs backwards: its first index is above its last.</source>
        <translation>El rango «%1» está al revés: su primer índice es mayor que el último.</translation>
    </message>
    <message>
        <source>The step in &quot;%1&quot; must be above zero.</source>
        <translation>El paso en «%1» debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail type. Use NONE, BEGIN, END, FAIL, REQUEUE, ALL, INVALID_DEPEND, STAGE_OUT, TIME_LIMIT, TIME_LIMIT_90, TIME_LIMIT_80, TIME_LIMIT_50 or ARRAY_TASKS, separated by commas.</source>
        <translation>«%1» no es un tipo de correo. Use NONE, BEGIN, END, FAIL, REQUEUE, ALL, INVALID_DEPEND, STAGE_OUT, TIME_LIMIT, TIME_LIMIT_90, TIME_LIMIT_80, TIME_LIMIT_50 o ARRAY_TASKS, separados por comas.</translation>
    </message>
    <message>
        <source>The name holds a backslash, so Slurm replaces none of its % patterns.</source>
        <translation>El nombre contiene una barra invertida, así que Slurm no reemplaza ninguno de sus patrones %.</translation>
    </message>
    <message>
        <source>The name ends with a lone &quot;%&quot;; write &quot;%%&quot; for a percent sign.</source>
        <translation>El nombre termina con un «%» suelto; escriba «%%» para un signo de porcentaje.</translation>
    </message>
    <message>
        <source>&quot;%%1&quot; is not a file-name pattern; Slurm leaves it as it is. Known: %j job ID, %x job name, %A array job ID, %a array index, %u user, %N node, %n node index, %t task, %% a percent sign.</source>
        <translation>«%%1» no es un patrón de nombre de archivo; Slurm lo deja tal cual. Conocidos: %j ID del trabajo, %x nombre del trabajo, %A ID del arreglo, %a índice del arreglo, %u usuario, %N nodo, %n índice del nodo, %t tarea, %% signo de porcentaje.</translation>
    </message>
    <message>
        <source>A dependency list joins its parts with &quot;,&quot; (all) or &quot;?&quot; (any), not both.</source>
        <translation>Una lista de dependencias une sus partes con «,» (todas) o «?» (cualquiera), no con ambas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dependency. Write TYPE:JOBID[:JOBID...] with TYPE one of after, afterany, afterok, afternotok, aftercorr, afterburstbuffer, or write singleton.</source>
        <translation>«%1» no es una dependencia. Escriba TIPO:IDTRABAJO[:IDTRABAJO...] con TIPO entre after, afterany, afterok, afternotok, aftercorr, afterburstbuffer, o escriba singleton.</translation>
    </message>
    <message>
        <source>Unknown dependency type &quot;%1&quot;. Use after, afterany, afterok, afternotok, aftercorr or afterburstbuffer.</source>
        <translation>Tipo de dependencia desconocido «%1». Use after, afterany, afterok, afternotok, aftercorr o afterburstbuffer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal request. Write [R][B]:SIGNAL[@SECONDS], for instance B:USR1@60.</source>
        <translation>«%1» no es una solicitud de señal. Escriba [R][B]:SEÑAL[@SEGUNDOS], por ejemplo B:USR1@60.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition name (or a list of them separated by commas).</source>
        <translation>«%1» no es un nombre de partición (ni una lista de ellos separados por comas).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image reference: it may not be empty or hold spaces.</source>
        <translation>«%1» no es una referencia de imagen: no puede estar vacía ni contener espacios.</translation>
    </message>
    <message>
        <source>Enroot before 4.0 reads &quot;%1&quot; as an image on Docker Hub; write &quot;%2&quot; so that any version pulls it from %3.</source>
        <translation>Enroot anterior a 4.0 lee «%1» como una imagen de Docker Hub; escriba «%2» para que cualquier versión la descargue de %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a container name. Write NAME or NAME:FLAG.</source>
        <translation>«%1» no es un nombre de contenedor. Escriba NOMBRE o NOMBRE:OPCIÓN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a container-name flag. Use auto, create, exec or no_exec.</source>
        <translation>«%1» no es una opción de nombre de contenedor. Use auto, create, exec o no_exec.</translation>
    </message>
    <message>
        <source>The script is empty or only blank; sbatch refuses it.</source>
        <translation>El script está vacío o solo tiene espacios; sbatch lo rechaza.</translation>
    </message>
    <message>
        <source>sbatch refuses a script whose first line does not start with #! and an interpreter, for instance #!/bin/bash.</source>
        <translation>sbatch rechaza un script cuya primera línea no empieza con #! y un intérprete, por ejemplo #!/bin/bash.</translation>
    </message>
    <message>
        <source>Add #!/bin/bash as the first line</source>
        <translation>Agregar #!/bin/bash como primera línea</translation>
    </message>
    <message>
        <source>The script has DOS line breaks (CR LF); sbatch refuses it.</source>
        <translation>El script tiene saltos de línea de DOS (CR LF); sbatch lo rechaza.</translation>
    </message>
    <message>
        <source>Convert to Unix line breaks</source>
        <translation>Convertir a saltos de línea de Unix</translation>
    </message>
    <message>
        <source>The script holds a NUL byte; Slurm refuses it.</source>
        <translation>El script contiene un byte NUL; Slurm lo rechaza.</translation>
    </message>
    <message>
        <source>Remove the NUL bytes</source>
        <translation>Quitar los bytes NUL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a comment, not a directive: sbatch only reads lines that start with #SBATCH.</source>
        <translation>«%1» es un comentario, no una directiva: sbatch solo lee las líneas que empiezan con #SBATCH.</translation>
    </message>
    <message>
        <source>Make it a #SBATCH directive</source>
        <translation>Convertirla en directiva #SBATCH</translation>
    </message>
    <message>
        <source>sbatch ignores this directive: it comes after the first command (line %1).</source>
        <translation>sbatch ignora esta directiva: viene después del primer comando (línea %1).</translation>
    </message>
    <message>
        <source>Move it above the first command</source>
        <translation>Moverla antes del primer comando</translation>
    </message>
    <message>
        <source>#SLURM is deprecated; write #SBATCH.</source>
        <translation>#SLURM está obsoleto; escriba #SBATCH.</translation>
    </message>
    <message>
        <source>Write #SBATCH</source>
        <translation>Escribir #SBATCH</translation>
    </message>
    <message>
        <source>The directives below belong to component %1 of a heterogeneous job.</source>
        <translation>Las directivas siguientes pertenecen al componente %1 de un trabajo heterogéneo.</translation>
    </message>
    <message>
        <source>This quote is never closed; sbatch refuses the script.</source>
        <translation>Esta comilla nunca se cierra; sbatch rechaza el script.</translation>
    </message>
    <message>
        <source>An argument may not start with &quot;:&quot; here; sbatch refuses the script.</source>
        <translation>Un argumento no puede empezar con «:» aquí; sbatch rechaza el script.</translation>
    </message>
    <message>
        <source>sbatch stops reading this line at an empty argument and ignores the rest of it.</source>
        <translation>sbatch deja de leer esta línea en un argumento vacío e ignora el resto.</translation>
    </message>
    <message>
        <source>--%1 is given again on line %2; the later one wins.</source>
        <translation>--%1 se indica de nuevo en la línea %2; vale la última.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option; sbatch stops at it and refuses the script.</source>
        <translation>«%1» no es una opción; sbatch se detiene ahí y rechaza el script.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; did you mean --%2?</source>
        <translation>Opción desconocida «%1»; ¿quiso decir --%2?</translation>
    </message>
    <message>
        <source>Replace with --%1</source>
        <translation>Reemplazar por --%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it could be %2.</source>
        <translation>«%1» es ambigua: podría ser %2.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 no admite valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is short for --%2; write it out, a future option could make it ambiguous.</source>
        <translation>«%1» es una abreviatura de --%2; escríbala completa, una opción futura podría volverla ambigua.</translation>
    </message>
    <message>
        <source>Write --%1</source>
        <translation>Escribir --%1</translation>
    </message>
    <message>
        <source>This cluster&apos;s srun has no --%1: Pyxis is missing or older.</source>
        <translation>El srun de este clúster no tiene --%1: falta Pyxis o es una versión anterior.</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>Escribir %1</translation>
    </message>
    <message>
        <source>This cluster has no partition &quot;%1&quot;; it has %2.</source>
        <translation>Este clúster no tiene la partición «%1»; tiene %2.</translation>
    </message>
    <message>
        <source>Partition %1 allows at most %2.</source>
        <translation>La partición %1 permite como máximo %2.</translation>
    </message>
    <message>
        <source>Partition %1 allows at most %2 MB of memory per node.</source>
        <translation>La partición %1 permite como máximo %2 MB de memoria por nodo.</translation>
    </message>
    <message>
        <source>Partition %1 allows at most %2 MB of memory per CPU.</source>
        <translation>La partición %1 permite como máximo %2 MB de memoria por CPU.</translation>
    </message>
    <message>
        <source>Partition %1 has no %2 resources.</source>
        <translation>La partición %1 no tiene recursos %2.</translation>
    </message>
    <message>
        <source>--gres=%1: this cluster has %2.</source>
        <translation>--gres=%1: este clúster tiene %2.</translation>
    </message>
    <message>
        <source>Your associations allow the QOS %1, not &quot;%2&quot;.</source>
        <translation>Sus asociaciones permiten la QOS %1, no «%2».</translation>
    </message>
    <message>
        <source>You have the accounts %1, not &quot;%2&quot;.</source>
        <translation>Usted tiene las cuentas %1, no «%2».</translation>
    </message>
    <message>
        <source>The cluster did not list its partitions: %1</source>
        <translation>El clúster no entregó la lista de sus particiones: %1</translation>
    </message>
    <message>
        <source>Could not create the folder of &quot;%1&quot;.</source>
        <translation>No se pudo crear la carpeta de «%1».</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>--%1 needs a value: write %1=VALUE.</source>
        <translation>--%1 necesita un valor: escriba %1=VALOR.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 no admite valor.</translation>
    </message>
    <message>
        <source>Enter an image reference, for example nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation>Introduzca una referencia de imagen, por ejemplo nvcr.io#nvidia/pytorch:24.05-py3.</translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; contains a space or a control character, which image references cannot contain.</source>
        <translation>La referencia de imagen «%1» contiene un espacio o un carácter de control, que las referencias de imagen no pueden contener.</translation>
    </message>
    <message>
        <source>Pyxis does not expand &quot;~&quot; in &quot;%1&quot;. Give the full path of the squashfs file, for example /home/USER/image.sqsh.</source>
        <translation>Pyxis no expande «~» en «%1». Indique la ruta completa del archivo squashfs, por ejemplo /home/USUARIO/imagen.sqsh.</translation>
    </message>
    <message>
        <source>The relative path &quot;%1&quot; is resolved on the compute node, in the job&apos;s working directory. An absolute path is safer.</source>
        <translation>La ruta relativa «%1» se resuelve en el nodo de cómputo, en el directorio de trabajo del trabajo. Una ruta absoluta es más segura.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a scheme Pyxis does not take here. Give a registry image as [USER@][REGISTRY#]IMAGE[:TAG].</source>
        <translation>«%1» usa un esquema que Pyxis no admite aquí. Indique una imagen de registro como [USUARIO@][REGISTRO#]IMAGEN[:ETIQUETA].</translation>
    </message>
    <message>
        <source>The docker:// prefix is Enroot&apos;s; Pyxis adds it itself, so it was left out.</source>
        <translation>El prefijo docker:// es de Enroot; Pyxis lo añade por sí mismo, así que se ha omitido.</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; is not valid: it must be sha256: followed by 64 lowercase hexadecimal digits.</source>
        <translation>El digest «%1» no es válido: debe ser sha256: seguido de 64 dígitos hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>Enroot %1 does not accept digests; they need Enroot 4.0 or later. Use a tag instead.</source>
        <translation>Enroot %1 no acepta digests; requieren Enroot 4.0 o posterior. Use una etiqueta en su lugar.</translation>
    </message>
    <message>
        <source>Digests need Enroot 4.0 or later on the cluster.</source>
        <translation>Los digests requieren Enroot 4.0 o posterior en el clúster.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; before &quot;@&quot; is not valid.</source>
        <translation>El nombre de usuario «%1» antes de «@» no es válido.</translation>
    </message>
    <message>
        <source>There is no registry before &quot;#&quot; in &quot;%1&quot;.</source>
        <translation>No hay ningún registro antes de «#» en «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one &quot;#&quot;; only one separates the registry from the image.</source>
        <translation>«%1» tiene más de un «#»; solo uno separa el registro de la imagen.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not valid: a tag has up to 128 letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, and does not start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation>La etiqueta «%1» no es válida: una etiqueta tiene hasta 128 letras, dígitos, «_», «.» y «-», y no empieza por «.» ni por «-».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no image.</source>
        <translation>«%1» no nombra ninguna imagen.</translation>
    </message>
    <message>
        <source>Image names must be lowercase: &quot;%1&quot;.</source>
        <translation>Los nombres de imagen deben ir en minúsculas: «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name: it is made of lowercase letters, digits and the separators &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, with &quot;/&quot; between parts.</source>
        <translation>«%1» no es un nombre de imagen válido: se compone de letras minúsculas, dígitos y los separadores «.», «_» y «-», con «/» entre las partes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host name.</source>
        <translation>«%1» no es un nombre de servidor de registro válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is Docker Hub, which Enroot calls registry-1.docker.io.</source>
        <translation>«%1» es Docker Hub, al que Enroot llama registry-1.docker.io.</translation>
    </message>
    <message>
        <source>Enroot %1 does not understand Docker-style references: it would look for &quot;%2&quot; on Docker Hub and fail with &quot;401 Unauthorized&quot;. It was rewritten as &quot;%3&quot;, with &quot;#&quot; between the registry and the image.</source>
        <translation>Enroot %1 no entiende las referencias al estilo de Docker: buscaría «%2» en Docker Hub y fallaría con «401 Unauthorized». Se ha reescrito como «%3», con «#» entre el registro y la imagen.</translation>
    </message>
    <message>
        <source>Written as &quot;%1&quot;, with &quot;#&quot; between the registry and the image, which every Enroot version understands (before 4.0, Enroot would look for &quot;%2&quot; on Docker Hub).</source>
        <translation>Escrita como «%1», con «#» entre el registro y la imagen, que entienden todas las versiones de Enroot (antes de la 4.0, Enroot buscaría «%2» en Docker Hub).</translation>
    </message>
    <message>
        <source>The value of %1 is empty.</source>
        <translation>El valor de %1 está vacío.</translation>
    </message>
    <message>
        <source>The value of %1 contains a line break or another control character, which it cannot hold.</source>
        <translation>El valor de %1 contiene un salto de línea u otro carácter de control, que no puede contener.</translation>
    </message>
    <message>
        <source>The mount path &quot;%1&quot; contains &quot;,&quot; or &quot;:&quot;, which separate mounts in --container-mounts; Pyxis cannot mount it.</source>
        <translation>La ruta de montaje «%1» contiene «,» o «:», que separan los montajes en --container-mounts; Pyxis no puede montarla.</translation>
    </message>
    <message>
        <source>The mount path &quot;%1&quot; is not absolute; give the full path.</source>
        <translation>La ruta de montaje «%1» no es absoluta; indique la ruta completa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mount flag Pyxis knows (for example ro, rw, nosuid, rprivate).</source>
        <translation>«%1» no es una opción de montaje que Pyxis conozca (por ejemplo ro, rw, nosuid, rprivate).</translation>
    </message>
    <message>
        <source>A container needs an image or the name of an existing container.</source>
        <translation>Un contenedor necesita una imagen o el nombre de un contenedor existente.</translation>
    </message>
    <message>
        <source>The container name &quot;%1&quot; cannot contain &quot;/&quot;, &quot;:&quot; or spaces, nor start with &quot;.&quot;.</source>
        <translation>El nombre de contenedor «%1» no puede contener «/», «:» ni espacios, ni empezar por «.».</translation>
    </message>
    <message>
        <source>The working directory &quot;%1&quot; inside the container must be an absolute path.</source>
        <translation>El directorio de trabajo «%1» dentro del contenedor debe ser una ruta absoluta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;, not starting with a digit).</source>
        <translation>«%1» no es un nombre de variable de entorno (letras, dígitos y «_», sin empezar por un dígito).</translation>
    </message>
    <message>
        <source>--container-save needs a file name, not a folder: &quot;%1&quot; ends with &quot;/&quot;.</source>
        <translation>--container-save necesita un nombre de archivo, no una carpeta: «%1» termina en «/».</translation>
    </message>
    <message>
        <source>%1 must be a positive number, not %2.</source>
        <translation>%1 debe ser un número positivo, no %2.</translation>
    </message>
    <message>
        <source>The program to run must be named first, not &quot;%1&quot;.</source>
        <translation>El programa que se ejecuta debe indicarse primero, no «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a backslash, which sbatch removes from #SBATCH lines. Pass this option on the sbatch command line instead.</source>
        <translation>«%1» contiene una barra invertida, que sbatch elimina de las líneas #SBATCH. Pase esta opción en la línea de órdenes de sbatch.</translation>
    </message>
    <message>
        <source>Enroot ignores the line for &quot;%1&quot;: Docker Hub&apos;s credentials must be under registry-1.docker.io.</source>
        <translation>Enroot ignora la línea de «%1»: las credenciales de Docker Hub deben ir en registry-1.docker.io.</translation>
    </message>
    <message>
        <source>Enroot looks up &quot;%1&quot; as &quot;%2&quot;: the line for &quot;%1&quot; is never used.</source>
        <translation>Enroot busca «%1» como «%2»: la línea de «%1» nunca se usa.</translation>
    </message>
    <message>
        <source>NVIDIA NGC needs two lines, for nvcr.io and for authn.nvidia.com, both with login $oauthtoken and the API key as password; one of them is missing.</source>
        <translation>NVIDIA NGC necesita dos líneas, para nvcr.io y para authn.nvidia.com, ambas con el usuario $oauthtoken y la clave de API como contraseña; falta una de ellas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host name.</source>
        <translation>«%1» no es un nombre de servidor de registro.</translation>
    </message>
    <message>
        <source>Enter the password or access token for %1.</source>
        <translation>Introduzca la contraseña o el token de acceso de %1.</translation>
    </message>
    <message>
        <source>The password for %1 contains a space or a control character, which the credentials file cannot hold.</source>
        <translation>La contraseña de %1 contiene un espacio o un carácter de control, que el archivo de credenciales no puede contener.</translation>
    </message>
    <message>
        <source>The password for %1 starts with &quot;$&quot;: Enroot would run it as a command instead of using it.</source>
        <translation>La contraseña de %1 empieza por «$»: Enroot la ejecutaría como una orden en lugar de usarla.</translation>
    </message>
    <message>
        <source>NVIDIA NGC logins are always $oauthtoken; enter your NGC API key as the password.</source>
        <translation>Los usuarios de NVIDIA NGC son siempre $oauthtoken; introduzca su clave de API de NGC como contraseña.</translation>
    </message>
    <message>
        <source>Enter the user name for %1.</source>
        <translation>Introduzca el nombre de usuario de %1.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; contains a space or a control character, which the credentials file cannot hold.</source>
        <translation>El nombre de usuario «%1» contiene un espacio o un carácter de control, que el archivo de credenciales no puede contener.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Configuring</source>
        <translation>Configurándose</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Completing</source>
        <translation>Terminando</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>Reencolado</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Cambiando de tamaño</translation>
    </message>
    <message>
        <source>Signaling</source>
        <translation>Enviando señales</translation>
    </message>
    <message>
        <source>Staging out</source>
        <translation>Copiando resultados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Sin memoria</translation>
    </message>
    <message>
        <source>Node failed</source>
        <translation>Falló el nodo</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Desalojado</translation>
    </message>
    <message>
        <source>Boot failed</source>
        <translation>Falló el arranque</translation>
    </message>
    <message>
        <source>Missed its deadline</source>
        <translation>No cumplió su plazo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Special exit</source>
        <translation>Salida especial</translation>
    </message>
    <message>
        <source>The partition does not exist on this cluster. Check the name (-p) against the partitions the Connection page lists.</source>
        <translation>La partición no existe en este clúster. Compare el nombre (-p) con las particiones que lista la página Conexión.</translation>
    </message>
    <message>
        <source>No node of the partition has what the job asks for (CPUs, memory, GPUs or features). Ask for less, or choose another partition.</source>
        <translation>Ningún nodo de la partición tiene lo que pide el trabajo (CPU, memoria, GPU o características). Pida menos o elija otra partición.</translation>
    </message>
    <message>
        <source>No node has that much memory. Lower --mem or --mem-per-cpu.</source>
        <translation>Ningún nodo tiene tanta memoria. Reduzca --mem o --mem-per-cpu.</translation>
    </message>
    <message>
        <source>The time limit is longer than the partition or your QOS allows. Lower --time.</source>
        <translation>El límite de tiempo supera el que permiten la partición o su QOS. Reduzca --time.</translation>
    </message>
    <message>
        <source>The GPU or other generic resource request is not known here. Check --gres (for example gpu:A100:1) against the cluster&apos;s GPU types.</source>
        <translation>La petición de GPU u otro recurso genérico no se conoce aquí. Compare --gres (por ejemplo gpu:A100:1) con los tipos de GPU del clúster.</translation>
    </message>
    <message>
        <source>You cannot charge jobs to that account, or not in that partition. Check --account, or leave it out to use your default account.</source>
        <translation>No puede cargar trabajos a esa cuenta, o no en esa partición. Revise --account, u omítalo para usar su cuenta predeterminada.</translation>
    </message>
    <message>
        <source>You may not use that QOS. Check --qos, or leave it out to use your default.</source>
        <translation>No puede usar esa QOS. Revise --qos, u omítalo para usar la predeterminada.</translation>
    </message>
    <message>
        <source>The job breaks a limit of your account or QOS (too many jobs, GPUs or minutes at once). Wait for other jobs to end, or ask for less.</source>
        <translation>El trabajo supera un límite de su cuenta o QOS (demasiados trabajos, GPU o minutos a la vez). Espere a que terminen otros trabajos o pida menos.</translation>
    </message>
    <message>
        <source>You already have as many jobs queued as your QOS allows. Wait for some to end or cancel some.</source>
        <translation>Ya tiene en cola tantos trabajos como permite su QOS. Espere a que terminen algunos o cancele algunos.</translation>
    </message>
    <message>
        <source>You already have as many jobs queued as your account allows. Wait for some to end or cancel some.</source>
        <translation>Ya tiene en cola tantos trabajos como permite su cuenta. Espere a que terminen algunos o cancele algunos.</translation>
    </message>
    <message>
        <source>The dependency names a job that does not exist or has already ended. Check --dependency.</source>
        <translation>La dependencia nombra un trabajo que no existe o que ya terminó. Revise --dependency.</translation>
    </message>
    <message>
        <source>The array specification is not valid or is larger than the cluster allows. Check --array.</source>
        <translation>La especificación del arreglo no es válida o es mayor de lo que permite el clúster. Revise --array.</translation>
    </message>
    <message>
        <source>No node has the requested feature. Check --constraint.</source>
        <translation>Ningún nodo tiene la característica pedida. Revise --constraint.</translation>
    </message>
    <message>
        <source>The cluster has no default partition. Name one with -p.</source>
        <translation>El clúster no tiene partición predeterminada. Indique una con -p.</translation>
    </message>
    <message>
        <source>The Slurm controller does not answer. The cluster may be under maintenance; try again later.</source>
        <translation>El controlador de Slurm no responde. Puede que el clúster esté en mantenimiento; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The Slurm controller is busy and did not answer in time. Try again in a moment.</source>
        <translation>El controlador de Slurm está ocupado y no respondió a tiempo. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The script has Windows (CRLF) line breaks, which sbatch refuses. Save it with Unix line breaks.</source>
        <translation>El script tiene saltos de línea de Windows (CRLF), que sbatch rechaza. Guárdelo con saltos de línea de Unix.</translation>
    </message>
    <message>
        <source>The script does not start with a &quot;#!&quot; line (for example #!/bin/bash), which sbatch requires.</source>
        <translation>El script no empieza con una línea «#!» (por ejemplo #!/bin/bash), que sbatch exige.</translation>
    </message>
    <message>
        <source>sbatch does not know one of the options. Check the spelling of the #SBATCH lines.</source>
        <translation>sbatch no conoce una de las opciones. Revise la ortografía de las líneas #SBATCH.</translation>
    </message>
    <message>
        <source>squeue&apos;s JSON output could not be read: %1 at byte %2.</source>
        <translation>No se pudo leer la salida JSON de squeue: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>squeue reported an error: %1</source>
        <translation>squeue informó de un error: %1</translation>
    </message>
    <message>
        <source>squeue printed a line that could not be read: %1</source>
        <translation>squeue mostró una línea que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>sacct printed a line that could not be read: %1</source>
        <translation>sacct mostró una línea que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>Waiting for resources: the nodes it needs are busy with other jobs. It starts as soon as they are free.</source>
        <translation>Esperando recursos: los nodos que necesita están ocupados con otros trabajos. Empezará en cuanto queden libres.</translation>
    </message>
    <message>
        <source>Other jobs with a higher priority are ahead in the queue.</source>
        <translation>Otros trabajos con mayor prioridad van delante en la cola.</translation>
    </message>
    <message>
        <source>Waiting for the jobs it depends on (--dependency) to end.</source>
        <translation>Esperando a que terminen los trabajos de los que depende (--dependency).</translation>
    </message>
    <message>
        <source>A job it depends on ended in a way that can never satisfy the dependency. It will not start: cancel it.</source>
        <translation>Un trabajo del que depende terminó de una forma que nunca cumplirá la dependencia. No empezará: cancélelo.</translation>
    </message>
    <message>
        <source>Waiting for the start time it asked for (--begin).</source>
        <translation>Esperando la hora de inicio que pidió (--begin).</translation>
    </message>
    <message>
        <source>Held by you (--hold or scontrol hold). Release it with &quot;scontrol release&quot; to let it start.</source>
        <translation>Retenido por usted (--hold o scontrol hold). Libérelo con «scontrol release» para que pueda empezar.</translation>
    </message>
    <message>
        <source>Held by an administrator. Ask them why.</source>
        <translation>Retenido por un administrador. Pregúntele el motivo.</translation>
    </message>
    <message>
        <source>A node the job needs is unavailable (down, drained or reserved, for example for maintenance).</source>
        <translation>Un nodo que el trabajo necesita no está disponible (caído, drenado o reservado, por ejemplo por mantenimiento).</translation>
    </message>
    <message>
        <source>The time limit asked for is longer than the partition allows. It will not start: lower --time and submit again.</source>
        <translation>El límite de tiempo pedido supera el que permite la partición. No empezará: reduzca --time y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>It asks for more nodes than the partition allows.</source>
        <translation>Pide más nodos de los que permite la partición.</translation>
    </message>
    <message>
        <source>The partition is down.</source>
        <translation>La partición está caída.</translation>
    </message>
    <message>
        <source>The partition is inactive and does not start jobs now.</source>
        <translation>La partición está inactiva y ahora no inicia trabajos.</translation>
    </message>
    <message>
        <source>You already have as many jobs running as your QOS allows. It starts when one of them ends.</source>
        <translation>Ya tiene en ejecución tantos trabajos como permite su QOS. Empezará cuando termine uno de ellos.</translation>
    </message>
    <message>
        <source>You already have as many jobs submitted as your QOS allows.</source>
        <translation>Ya tiene enviados tantos trabajos como permite su QOS.</translation>
    </message>
    <message>
        <source>Your running jobs already use as many GPUs as your QOS allows per user.</source>
        <translation>Sus trabajos en ejecución ya usan tantas GPU como su QOS permite por usuario.</translation>
    </message>
    <message>
        <source>Your running jobs already use as many CPUs as your QOS allows per user.</source>
        <translation>Sus trabajos en ejecución ya usan tantas CPU como su QOS permite por usuario.</translation>
    </message>
    <message>
        <source>The time limit asked for is longer than your QOS allows. Lower --time.</source>
        <translation>El límite de tiempo pedido supera el que permite su QOS. Reduzca --time.</translation>
    </message>
    <message>
        <source>Your QOS group already uses all the GPUs it may use at once.</source>
        <translation>El grupo de su QOS ya usa todas las GPU que puede usar a la vez.</translation>
    </message>
    <message>
        <source>Your QOS group already uses all the CPUs it may use at once.</source>
        <translation>El grupo de su QOS ya usa todas las CPU que puede usar a la vez.</translation>
    </message>
    <message>
        <source>Your QOS group already uses all the nodes it may use at once.</source>
        <translation>El grupo de su QOS ya usa todos los nodos que puede usar a la vez.</translation>
    </message>
    <message>
        <source>The QOS has reached its limit of running jobs.</source>
        <translation>La QOS alcanzó su límite de trabajos en ejecución.</translation>
    </message>
    <message>
        <source>Your account (group) already uses all the GPUs it may use at once. It starts when its other jobs free some.</source>
        <translation>Su cuenta (grupo) ya usa todas las GPU que puede usar a la vez. Empezará cuando sus otros trabajos liberen alguna.</translation>
    </message>
    <message>
        <source>Your account (group) already uses all the CPUs it may use at once.</source>
        <translation>Su cuenta (grupo) ya usa todas las CPU que puede usar a la vez.</translation>
    </message>
    <message>
        <source>Your account has used up its allocation of CPU time. Ask your administrators for more.</source>
        <translation>Su cuenta agotó su asignación de tiempo de CPU. Pida más a sus administradores.</translation>
    </message>
    <message>
        <source>Your account already has as many jobs running as it may.</source>
        <translation>Su cuenta ya tiene en ejecución tantos trabajos como puede.</translation>
    </message>
    <message>
        <source>Your account (group) already uses all the memory it may use at once.</source>
        <translation>Su cuenta (grupo) ya usa toda la memoria que puede usar a la vez.</translation>
    </message>
    <message>
        <source>Waiting for its advance reservation to begin.</source>
        <translation>Esperando a que empiece su reserva anticipada.</translation>
    </message>
    <message>
        <source>A node the job needs is down.</source>
        <translation>Un nodo que el trabajo necesita está caído.</translation>
    </message>
    <message>
        <source>No node can satisfy the job&apos;s constraints. It will not start: check --constraint, --mem and --gres.</source>
        <translation>Ningún nodo puede cumplir las restricciones del trabajo. No empezará: revise --constraint, --mem y --gres.</translation>
    </message>
    <message>
        <source>The account is not valid. It will not start: cancel it and submit with another --account.</source>
        <translation>La cuenta no es válida. No empezará: cancélelo y envíelo con otra --account.</translation>
    </message>
    <message>
        <source>The QOS is not valid. It will not start: cancel it and submit with another --qos.</source>
        <translation>La QOS no es válida. No empezará: cancélelo y envíelo con otra --qos.</translation>
    </message>
    <message>
        <source>Waiting for a license it asked for (--licenses).</source>
        <translation>Esperando una licencia que pidió (--licenses).</translation>
    </message>
    <message>
        <source>Starting it failed, so Slurm requeued and held it. Ask your administrators; release it with &quot;scontrol release&quot;.</source>
        <translation>Falló su inicio, así que Slurm lo reencoló y lo retuvo. Consulte a sus administradores; libérelo con «scontrol release».</translation>
    </message>
    <message>
        <source>The array already runs as many tasks at once as it allows (the %N of --array).</source>
        <translation>El arreglo ya ejecuta tantas tareas a la vez como permite (el %N de --array).</translation>
    </message>
    <message>
        <source>The nodes it needs are down, drained or kept for jobs of partitions with a higher priority.</source>
        <translation>Los nodos que necesita están caídos, drenados o reservados para trabajos de particiones con mayor prioridad.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was stopped before it finished. %2</source>
        <translation>%1 se detuvo antes de terminar. %2</translation>
    </message>
    <message>
        <source>%1 failed with exit status %2.</source>
        <translation>%1 falló con el código de salida %2.</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 falló (código de salida %2): %3</translation>
    </message>
    <message>
        <source>There is no connection to the cluster.</source>
        <translation>No hay conexión con el clúster.</translation>
    </message>
    <message>
        <source>sbatch did not accept the job (exit status %1).</source>
        <translation>sbatch no aceptó el trabajo (código de salida %1).</translation>
    </message>
    <message>
        <source>sbatch did not accept the job:
%1</source>
        <translation>sbatch no aceptó el trabajo:
%1</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Slurm no longer knows this job.</source>
        <translation>Slurm ya no conoce este trabajo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The script of job %1 was not kept on this computer.</source>
        <translation>El script del trabajo %1 no se guardó en este equipo.</translation>
    </message>
    <message>
        <source>Connect to the cluster first: its partitions and limits are read through the connection.</source>
        <translation>Conéctese primero al clúster: sus particiones y límites se leen a través de la conexión.</translation>
    </message>
    <message>
        <source>The cluster&apos;s facts could not be read: %1</source>
        <translation>No se pudieron leer los datos del clúster: %1</translation>
    </message>
    <message>
        <source>srun could not be run on the login node, so this account cannot start Slurm jobs from there. Check that Slurm&apos;s commands are on the PATH of a login shell.</source>
        <translation>No se pudo ejecutar srun en el nodo de acceso, así que esta cuenta no puede iniciar trabajos de Slurm desde allí. Compruebe que los comandos de Slurm estén en el PATH de un shell de inicio de sesión.</translation>
    </message>
    <message>
        <source>This cluster cannot run containers: its srun has no --container-image option, so the Pyxis plugin is not installed. Ask the cluster&apos;s administrators to install Pyxis and Enroot.</source>
        <translation>Este clúster no puede ejecutar contenedores: su srun no tiene la opción --container-image, así que el complemento Pyxis no está instalado. Pida a los administradores del clúster que instalen Pyxis y Enroot.</translation>
    </message>
    <message>
        <source>This cluster&apos;s Pyxis is older and has no %1; what needs those options (named containers, installing system packages, saving a container) will not work.</source>
        <translation>El Pyxis de este clúster es antiguo y no tiene %1; lo que necesita esas opciones (contenedores con nombre, instalar paquetes del sistema, guardar un contenedor) no funcionará.</translation>
    </message>
    <message>
        <source>Enroot&apos;s version could not be found (&quot;enroot version&quot; failed on the login node and on a compute node). Image references will be written in the REGISTRY#IMAGE form, which every version reads.</source>
        <translation>No se pudo averiguar la versión de Enroot («enroot version» falló en el nodo de acceso y en un nodo de cómputo). Las referencias de imagen se escribirán en la forma REGISTRO#IMAGEN, que todas las versiones leen.</translation>
    </message>
    <message>
        <source>Enroot %1 is older than 4.0 and does not read Docker-style references such as nvcr.io/nvidia/pytorch:24.05-py3 (it sends them to Docker Hub, which answers 401 Unauthorized). They will be rewritten to the form it reads, nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation>Enroot %1 es anterior a la 4.0 y no lee referencias al estilo de Docker como nvcr.io/nvidia/pytorch:24.05-py3 (las envía a Docker Hub, que responde 401 Unauthorized). Se reescribirán en la forma que sí lee, nvcr.io#nvidia/pytorch:24.05-py3.</translation>
    </message>
    <message>
        <source>Enroot %1 reads both Docker-style references and the REGISTRY#IMAGE form.</source>
        <translation>Enroot %1 lee tanto las referencias al estilo de Docker como la forma REGISTRO#IMAGEN.</translation>
    </message>
    <message>
        <source>Enroot is installed on the compute nodes (asked on %1) but not on the login node, which is usual.</source>
        <translation>Enroot está instalado en los nodos de cómputo (se consultó en %1) pero no en el nodo de acceso, lo cual es habitual.</translation>
    </message>
    <message>
        <source>Slurm lists no partitions this account can use, so no job can start. Ask the administrators which partition to use.</source>
        <translation>Slurm no muestra ninguna partición que esta cuenta pueda usar, así que ningún trabajo puede empezar. Pregunte a los administradores qué partición usar.</translation>
    </message>
    <message numerus="yes">
        <source>A named container lives only on the node that created it. This cluster has %n node(s), so each container is kept on one node and used there.</source>
        <translation>
            <numerusform>Un contenedor con nombre existe solo en el nodo que lo creó. Este clúster tiene %n nodo, así que cada contenedor se guarda en un nodo y se usa allí.</numerusform>
            <numerusform>Un contenedor con nombre existe solo en el nodo que lo creó. Este clúster tiene %n nodos, así que cada contenedor se guarda en un nodo y se usa allí.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on the cluster is larger than 4 MiB; it is not an Enroot credentials file.</source>
        <translation>%1 en el clúster ocupa más de 4 MiB; no es un archivo de credenciales de Enroot.</translation>
    </message>
    <message>
        <source>The credentials file has no entry for %1.</source>
        <translation>El archivo de credenciales no tiene ninguna entrada para %1.</translation>
    </message>
    <message>
        <source>Waiting for a compute node</source>
        <translation>Esperando un nodo de cómputo</translation>
    </message>
    <message>
        <source>Starting on the compute node</source>
        <translation>Iniciando en el nodo de cómputo</translation>
    </message>
    <message>
        <source>Importing the image</source>
        <translation>Importando la imagen</translation>
    </message>
    <message>
        <source>Signing in to the registry</source>
        <translation>Iniciando sesión en el registro</translation>
    </message>
    <message>
        <source>Downloading layers</source>
        <translation>Descargando capas</translation>
    </message>
    <message>
        <source>Extracting layers</source>
        <translation>Extrayendo capas</translation>
    </message>
    <message>
        <source>Building the image file</source>
        <translation>Construyendo el archivo de imagen</translation>
    </message>
    <message>
        <source>Creating the container</source>
        <translation>Creando el contenedor</translation>
    </message>
    <message>
        <source>Using the existing container</source>
        <translation>Usando el contenedor existente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>%1

The last lines it printed:
%2</source>
        <translation>%1

Las últimas líneas que mostró:
%2</translation>
    </message>
    <message>
        <source>Enroot refused the image reference &quot;%1&quot;: it is not in a form it understands. Write it as REGISTRY#IMAGE:TAG, for example nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation>Enroot rechazó la referencia de imagen «%1»: no está en una forma que entienda. Escríbala como REGISTRO#IMAGEN:ETIQUETA, por ejemplo nvcr.io#nvidia/pytorch:24.05-py3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enroot %1 does not read Docker-style references: it sent &quot;%2&quot; to Docker Hub. Write it as %3.</source>
        <translation>Enroot %1 no lee referencias al estilo de Docker: envió «%2» a Docker Hub. Escríbala como %3.</translation>
    </message>
    <message>
        <source>before 4.0</source>
        <translation>anterior a la 4.0</translation>
    </message>
    <message>
        <source>The credentials for %1 are missing or wrong: ~/.config/enroot/.credentials on the cluster needs the line &quot;machine %1 login USER password SECRET&quot; with a valid login and password or token.</source>
        <translation>Las credenciales de %1 faltan o son incorrectas: ~/.config/enroot/.credentials en el clúster necesita la línea «machine %1 login USUARIO password SECRETO» con un usuario y una contraseña o token válidos.</translation>
    </message>
    <message>
        <source>The registry&apos;s credentials in ~/.config/enroot/.credentials on the cluster are missing or wrong.</source>
        <translation>Las credenciales del registro en ~/.config/enroot/.credentials del clúster faltan o son incorrectas.</translation>
    </message>
    <message>
        <source>Docker Hub also answers 401 for an image that does not exist or is private: check the image&apos;s name.</source>
        <translation>Docker Hub también responde 401 para una imagen que no existe o es privada: compruebe el nombre de la imagen.</translation>
    </message>
    <message>
        <source>NVIDIA NGC needs two lines, for nvcr.io and authn.nvidia.com, both with login $oauthtoken and the API key as password.</source>
        <translation>NVIDIA NGC necesita dos líneas, para nvcr.io y authn.nvidia.com, ambas con el usuario $oauthtoken y la clave de API como contraseña.</translation>
    </message>
    <message>
        <source>The registry refused access to &quot;%1&quot; (401 Unauthorized). Likely causes:%2</source>
        <translation>El registro denegó el acceso a «%1» (401 Unauthorized). Causas probables:%2</translation>
    </message>
    <message>
        <source>The compute node ran out of disk space. Remove named containers you no longer need, or ask the administrators where Enroot keeps its data and cache (ENROOT_DATA_PATH, ENROOT_CACHE_PATH).</source>
        <translation>El nodo de cómputo se quedó sin espacio en disco. Elimine los contenedores con nombre que ya no necesite o pregunte a los administradores dónde guarda Enroot sus datos y su caché (ENROOT_DATA_PATH, ENROOT_CACHE_PATH).</translation>
    </message>
    <message>
        <source>The registry has no image &quot;%1&quot; (404 Not Found). Check the name and the tag.</source>
        <translation>El registro no tiene la imagen «%1» (404 Not Found). Compruebe el nombre y la etiqueta.</translation>
    </message>
    <message>
        <source>The named container does not exist on that node. A named container lives only on the node that created it: create it again there, or run on its node.</source>
        <translation>El contenedor con nombre no existe en ese nodo. Un contenedor con nombre existe solo en el nodo que lo creó: créelo de nuevo allí o ejecute en su nodo.</translation>
    </message>
    <message>
        <source>The container&apos;s root filesystem is read-only. Installing system packages needs --container-writable and --container-remap-root.</source>
        <translation>El sistema de archivos raíz del contenedor es de solo lectura. Para instalar paquetes del sistema hacen falta --container-writable y --container-remap-root.</translation>
    </message>
    <message>
        <source>apt needs root: run it with --container-remap-root and --container-writable.</source>
        <translation>apt necesita ser root: ejecútelo con --container-remap-root y --container-writable.</translation>
    </message>
    <message>
        <source>pip found no such package (or no version that matches). Check the names and versions.</source>
        <translation>pip no encontró ese paquete (o ninguna versión que coincida). Compruebe los nombres y las versiones.</translation>
    </message>
    <message>
        <source>apt found no such package in the container&apos;s package sources. Check the names.</source>
        <translation>apt no encontró ese paquete en los orígenes de paquetes del contenedor. Compruebe los nombres.</translation>
    </message>
    <message>
        <source>The command was stopped before it finished.</source>
        <translation>El comando se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>The command failed with exit status %1.</source>
        <translation>El comando falló con el código de salida %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes another requirements file, which cannot be followed on the cluster. Add the requirements of that file to this list instead.</source>
        <translation>«%1» incluye otro archivo de requisitos, que no se puede seguir en el clúster. Añada a esta lista los requisitos de ese archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a constraints file, which is not supported. Write the versions into the requirements instead (for example numpy==1.26.4).</source>
        <translation>«%1» indica un archivo de restricciones, que no se admite. Escriba las versiones en los requisitos (por ejemplo numpy==1.26.4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; asks for an editable install, which needs the source on the cluster. Install the package by name and version instead.</source>
        <translation>«%1» pide una instalación editable, que necesita el código fuente en el clúster. Instale el paquete por nombre y versión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a pip option, not a package. Only requirements (for example numpy&gt;=1.26) can be installed; leave the options out.</source>
        <translation>«%1» es una opción de pip, no un paquete. Solo se pueden instalar requisitos (por ejemplo numpy&gt;=1.26); quite las opciones.</translation>
    </message>
    <message>
        <source>A pip requirement is empty.</source>
        <translation>Un requisito de pip está vacío.</translation>
    </message>
    <message>
        <source>The pip requirement &quot;%1&quot; contains a line break or another control character.</source>
        <translation>El requisito de pip «%1» contiene un salto de línea u otro carácter de control.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries pip options (such as --hash); only the requirement itself can be given.</source>
        <translation>«%1» lleva opciones de pip (como --hash); solo se puede indicar el requisito en sí.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pip requirement. Write a package name, optionally with a version (for example torch, numpy==1.26.4 or scipy&gt;=1.11,&lt;2).</source>
        <translation>«%1» no es un requisito de pip. Escriba un nombre de paquete, con versión si quiere (por ejemplo torch, numpy==1.26.4 o scipy&gt;=1.11,&lt;2).</translation>
    </message>
    <message>
        <source>The parentheses in the pip requirement &quot;%1&quot; do not match.</source>
        <translation>Los paréntesis del requisito de pip «%1» no están equilibrados.</translation>
    </message>
    <message>
        <source>An apt package name is empty.</source>
        <translation>Un nombre de paquete de apt está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an apt option, not a package name. Give package names only (for example libgl1).</source>
        <translation>«%1» es una opción de apt, no un nombre de paquete. Indique solo nombres de paquetes (por ejemplo libgl1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Debian package name. Names use lower-case letters, digits and + . - (for example libgl1 or python3-dev), optionally with =VERSION.</source>
        <translation>«%1» no es un nombre de paquete de Debian. Los nombres usan minúsculas, dígitos y + . - (por ejemplo libgl1 o python3-dev), opcionalmente con =VERSIÓN.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>There is nothing to install.</source>
        <translation>No hay nada que instalar.</translation>
    </message>
    <message>
        <source>Choose the named container to install into.</source>
        <translation>Elija el contenedor con nombre en el que instalar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node name.</source>
        <translation>«%1» no es un nombre de nodo.</translation>
    </message>
    <message>
        <source>The package manifest is not valid JSON: %1.</source>
        <translation>El manifiesto de paquetes no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>The package manifest was written by a newer version of Patagon Studio (format %1); update the app to read it.</source>
        <translation>El manifiesto de paquetes lo escribió una versión más reciente de Patagon Studio (formato %1); actualice la aplicación para leerlo.</translation>
    </message>
    <message>
        <source>The package manifest names no container.</source>
        <translation>El manifiesto de paquetes no indica ningún contenedor.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Installing %n system package(s) with apt</source>
        <translation>
            <numerusform>Instalando %n paquete del sistema con apt</numerusform>
            <numerusform>Instalando %n paquetes del sistema con apt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installing %n Python package(s) with pip</source>
        <translation>
            <numerusform>Instalando %n paquete de Python con pip</numerusform>
            <numerusform>Instalando %n paquetes de Python con pip</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the container a name.</source>
        <translation>Dé un nombre al contenedor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a container name. Use up to 64 letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit.</source>
        <translation>«%1» no puede ser el nombre de un contenedor. Use hasta 64 letras, dígitos, «_», «.» y «-», empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>sinfo failed: %1</source>
        <translation>sinfo falló: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image reference.</source>
        <translation>«%1» no es una referencia de imagen válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image reference: %2</source>
        <translation>«%1» no es una referencia de imagen válida: %2</translation>
    </message>
    <message>
        <source>Could not find a compute node for the container: %1</source>
        <translation>No se encontró un nodo de cómputo para el contenedor: %1</translation>
    </message>
    <message>
        <source>Slurm lists no nodes to look for containers on.</source>
        <translation>Slurm no muestra ningún nodo en el que buscar contenedores.</translation>
    </message>
    <message>
        <source>The partition &quot;%1&quot; has no nodes, or does not exist.</source>
        <translation>La partición «%1» no tiene nodos o no existe.</translation>
    </message>
    <message>
        <source>The node %1 could not be asked: %2</source>
        <translation>No se pudo consultar el nodo %1: %2</translation>
    </message>
    <message>
        <source>&quot;enroot list&quot; failed on the node %1: %2</source>
        <translation>«enroot list» falló en el nodo %1: %2</translation>
    </message>
    <message>
        <source>Could not remove the container %1 on the node %2: %3</source>
        <translation>No se pudo eliminar el contenedor %1 en el nodo %2: %3</translation>
    </message>
    <message>
        <source>There is no container named &quot;%1&quot; on the nodes that were checked.</source>
        <translation>No hay ningún contenedor llamado «%1» en los nodos consultados.</translation>
    </message>
    <message>
        <source>There is no container named &quot;%1&quot; on the node %2.</source>
        <translation>No hay ningún contenedor llamado «%1» en el nodo %2.</translation>
    </message>
    <message>
        <source>There is nothing to install: the package lists are empty.</source>
        <translation>No hay nada que instalar: las listas de paquetes están vacías.</translation>
    </message>
    <message>
        <source>The manifest of &quot;%1&quot; records no successful install to replay.</source>
        <translation>El manifiesto de «%1» no registra ninguna instalación correcta que repetir.</translation>
    </message>
    <message>
        <source>The containers of the node %1 were not listed: Slurm reports the node as &quot;%2&quot;, so no job can start there now.</source>
        <translation>No se listaron los contenedores del nodo %1: Slurm informa el nodo como «%2», así que ahora no puede empezar ningún trabajo allí.</translation>
    </message>
    <message numerus="yes">
        <source>The containers of the node %1 were not listed: Slurm could not start a step there within %n second(s) (the node is busy or reserved). Refresh later. Slurm said: %2</source>
        <translation>
            <numerusform>No se listaron los contenedores del nodo %1: Slurm no pudo iniciar un paso allí en %n segundo (el nodo está ocupado o reservado). Actualice más tarde. Slurm dijo: %2</numerusform>
            <numerusform>No se listaron los contenedores del nodo %1: Slurm no pudo iniciar un paso allí en %n segundos (el nodo está ocupado o reservado). Actualice más tarde. Slurm dijo: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The container %1 was removed from the nodes that could be asked, but copies may remain where it could not: %2 Remove it again when those nodes are back.</source>
        <translation>El contenedor %1 se eliminó de los nodos a los que se pudo consultar, pero pueden quedar copias donde no se pudo: %2 Elimínelo de nuevo cuando esos nodos vuelvan.</translation>
    </message>
    <message>
        <source>The container %1 was not found on the nodes that could be asked; it may be where Slurm could not reach: %2</source>
        <translation>El contenedor %1 no se encontró en los nodos a los que se pudo consultar; puede estar donde Slurm no llegó: %2</translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot; here: %2.</source>
        <translation>No se pudo iniciar «%1» aquí: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>Permission denied on &quot;%1&quot;. Check the path, or ask the file&apos;s owner for access.</source>
        <translation>Permiso denegado en «%1». Revise la ruta o pida acceso al dueño del archivo.</translation>
    </message>
    <message>
        <source>Could not use &quot;%1&quot;: %2.</source>
        <translation>No se pudo usar «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>«%1» existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>no se pudo crear la carpeta</translation>
    </message>
    <message>
        <source>Could not send &quot;%1&quot; its input on %2 (%3); it was not run.</source>
        <translation>No se pudo enviar a «%1» su entrada en %2 (%3); no se ejecutó.</translation>
    </message>
    <message>
        <source>The file operation on &quot;%1&quot; failed on %2: %3</source>
        <translation>La operación sobre el archivo «%1» falló en %2: %3</translation>
    </message>
    <message>
        <source>The connection was replaced by a new one.</source>
        <translation>La conexión fue reemplazada por una nueva.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>El comando fue cancelado.</translation>
    </message>
    <message>
        <source>%1 offers no SFTP (file transfer) service, so files are read and written through commands instead; folders cannot be copied there. Ask the administrators to enable the sftp subsystem.</source>
        <translation>%1 no ofrece el servicio SFTP (transferencia de archivos), así que los archivos se leen y escriben mediante comandos; allí no se pueden copiar carpetas. Pida a los administradores que habiliten el subsistema sftp.</translation>
    </message>
    <message>
        <source>The file transfer was stopped.</source>
        <translation>La transferencia de archivos se detuvo.</translation>
    </message>
    <message>
        <source>No Slurm commands were found on %1: &quot;%2&quot; could not be run there (%3). Is this the cluster&apos;s login node? If Slurm comes from a module there, ask the administrators how to load it for every login.</source>
        <translation>No se encontraron los comandos de Slurm en %1: «%2» no se pudo ejecutar allí (%3). ¿Es este el nodo de acceso del clúster? Si Slurm se carga con un módulo, pregunte a los administradores cómo cargarlo en cada inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 Whether the job reached the cluster could not be checked: look at the job list before you submit it again.</source>
        <translation>%1 No se pudo comprobar si el trabajo llegó al clúster: revise la lista de trabajos antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>%1 The cluster has no job from this submission, so it was not submitted: submit it again.</source>
        <translation>%1 El clúster no tiene ningún trabajo de este envío, así que no se envió: envíelo de nuevo.</translation>
    </message>
    <message>
        <source>squeue failed: %1</source>
        <translation>squeue falló: %1</translation>
    </message>
    <message>
        <source>The file %1 is not a runs database, or it is damaged: %2</source>
        <translation>El archivo %1 no es una base de datos de ejecuciones o está dañado: %2</translation>
    </message>
    <message>
        <source>Could not read the runs database %1: %2</source>
        <translation>No se pudo leer la base de datos de ejecuciones %1: %2</translation>
    </message>
    <message>
        <source>There is no run %1 in the runs database %2.</source>
        <translation>No hay ninguna ejecución %1 en la base de datos de ejecuciones %2.</translation>
    </message>
    <message>
        <source>The runs database %1 is not open.</source>
        <translation>La base de datos de ejecuciones %1 no está abierta.</translation>
    </message>
    <message>
        <source>Could not open the runs database %1: %2</source>
        <translation>No se pudo abrir la base de datos de ejecuciones %1: %2</translation>
    </message>
    <message>
        <source>The runs database %1 was made by a newer Patagon Studio (format %2; this one reads format %3). Update Patagon Studio to open it.</source>
        <translation>La base de datos de ejecuciones %1 fue creada por un Patagon Studio más reciente (formato %2; esta versión lee el formato %3). Actualice Patagon Studio para abrirla.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not a runs database.</source>
        <translation>El archivo %1 es una base de datos SQLite de otro programa, no una base de datos de ejecuciones.</translation>
    </message>
    <message>
        <source>Could not create the runs database %1: %2</source>
        <translation>No se pudo crear la base de datos de ejecuciones %1: %2</translation>
    </message>
    <message>
        <source>Could not open the runs database %1: Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>No se pudo abrir la base de datos de ejecuciones %1: el controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <source>Could not store the run in the runs database %1: %2</source>
        <translation>No se pudo guardar la ejecución en la base de datos de ejecuciones %1: %2</translation>
    </message>
    <message>
        <source>Could not update the run in the runs database %1: %2</source>
        <translation>No se pudo actualizar la ejecución en la base de datos de ejecuciones %1: %2</translation>
    </message>
    <message>
        <source>Could not store the epoch in the runs database %1: %2</source>
        <translation>No se pudo guardar la época en la base de datos de ejecuciones %1: %2</translation>
    </message>
    <message>
        <source>Could not remove the run from the runs database %1: %2</source>
        <translation>No se pudo eliminar la ejecución de la base de datos de ejecuciones %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 holds no trainer sources.</source>
        <translation>La carpeta %1 no contiene el código fuente del entrenador.</translation>
    </message>
    <message>
        <source>The toolchain check did not finish inside the container, so it is not known what the container holds. Look at the output above for the reason.</source>
        <translation>La comprobación de herramientas no terminó dentro del contenedor, así que no se sabe qué contiene el contenedor. Consulte la salida anterior para ver el motivo.</translation>
    </message>
    <message>
        <source>No TorchConfig.cmake was found under %1 inside the container. Give the folder that holds it (for a LibTorch download: its share/cmake/Torch).</source>
        <translation>No se encontró ningún TorchConfig.cmake bajo %1 dentro del contenedor. Indique la carpeta que lo contiene (para una descarga de LibTorch: su share/cmake/Torch).</translation>
    </message>
    <message>
        <source>This container has neither Python with PyTorch nor a LibTorch installation. Create a container from an NVIDIA PyTorch image (nvcr.io#nvidia/pytorch), which has everything the trainer needs.</source>
        <translation>Este contenedor no tiene ni Python con PyTorch ni una instalación de LibTorch. Cree un contenedor a partir de una imagen de PyTorch de NVIDIA (nvcr.io#nvidia/pytorch), que tiene todo lo que necesita el entrenador.</translation>
    </message>
    <message>
        <source>This container&apos;s Python cannot import torch (%1). Install PyTorch into it, or create a container from an NVIDIA PyTorch image (nvcr.io#nvidia/pytorch).</source>
        <translation>El Python de este contenedor no puede importar torch (%1). Instale PyTorch en él o cree un contenedor a partir de una imagen de PyTorch de NVIDIA (nvcr.io#nvidia/pytorch).</translation>
    </message>
    <message>
        <source>PyTorch %1 in this container ships no CMake files, and no LibTorch was found. Give the path of a LibTorch, or create a container from an NVIDIA PyTorch image.</source>
        <translation>PyTorch %1 de este contenedor no trae archivos de CMake y no se encontró ningún LibTorch. Indique la ruta de un LibTorch o cree un contenedor a partir de una imagen de PyTorch de NVIDIA.</translation>
    </message>
    <message>
        <source>There is no C++ compiler in this container (images such as pytorch/pytorch:*-runtime have none). Install g++ into it as root (apt-get with --container-remap-root --container-writable), or use an image with a compiler (a -devel tag, or an NVIDIA PyTorch image).</source>
        <translation>No hay ningún compilador de C++ en este contenedor (imágenes como pytorch/pytorch:*-runtime no lo traen). Instale g++ en él como root (apt-get con --container-remap-root --container-writable) o use una imagen con compilador (una etiqueta -devel o una imagen de PyTorch de NVIDIA).</translation>
    </message>
    <message>
        <source>CMake is missing in this container. Install it with pip (pip install --user cmake) into this container?</source>
        <translation>Falta CMake en este contenedor. ¿Instalarlo con pip (pip install --user cmake) en este contenedor?</translation>
    </message>
    <message>
        <source>CMake %1 in this container is older than 3.21, which the trainer needs. Install a newer one with pip (pip install --user cmake)?</source>
        <translation>CMake %1 de este contenedor es anterior a la versión 3.21, que necesita el entrenador. ¿Instalar una más reciente con pip (pip install --user cmake)?</translation>
    </message>
    <message>
        <source>PyTorch here is built for CUDA %1 but the container has no CUDA compiler (normal for pip-installed PyTorch): the trainer is built without it, as it has no CUDA code of its own.</source>
        <translation>Este PyTorch está compilado para CUDA %1, pero el contenedor no tiene compilador de CUDA (lo normal con PyTorch instalado con pip): el entrenador se compila sin él, ya que no tiene código CUDA propio.</translation>
    </message>
    <message>
        <source>This container&apos;s PyTorch is CPU-only: the trainer will not use the GPU. For the GPU, use a container made from an NVIDIA PyTorch image (nvcr.io#nvidia/pytorch).</source>
        <translation>El PyTorch de este contenedor es solo para CPU: el entrenador no usará la GPU. Para la GPU, use un contenedor creado a partir de una imagen de PyTorch de NVIDIA (nvcr.io#nvidia/pytorch).</translation>
    </message>
    <message>
        <source>Gloo&apos;s headers are not in this container: the trainer is built without data-parallel training, so it can use one GPU only.</source>
        <translation>Las cabeceras de Gloo no están en este contenedor: el entrenador se compila sin entrenamiento con datos en paralelo, así que solo puede usar una GPU.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No dataset was given. Choose a folder on the cluster that holds Fashion-MNIST, MNIST, CIFAR-10 or one folder of images per class.</source>
        <translation>No se indicó ningún conjunto de datos. Elija una carpeta del clúster que contenga Fashion-MNIST, MNIST, CIFAR-10 o una carpeta de imágenes por clase.</translation>
    </message>
    <message>
        <source>The dataset folder &quot;%1&quot; is not an absolute path. Give the full path on the cluster (starting with / or ~/).</source>
        <translation>La carpeta del conjunto de datos «%1» no es una ruta absoluta. Indique la ruta completa en el clúster (que empiece por / o ~/).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset format the trainer reads. Use one of: %2.</source>
        <translation>«%1» no es un formato de conjunto de datos que lea el entrenador. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model of the trainer. Use one of: %2.</source>
        <translation>«%1» no es un modelo del entrenador. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The number of epochs must be between 1 and 100000.</source>
        <translation>El número de épocas debe estar entre 1 y 100000.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 65536.</source>
        <translation>El tamaño de lote debe estar entre 1 y 65536.</translation>
    </message>
    <message>
        <source>The learning rate must be between 0 and 10 (0: the default).</source>
        <translation>La tasa de aprendizaje debe estar entre 0 y 10 (0: la predeterminada).</translation>
    </message>
    <message>
        <source>The optimizer must be sgd or adamw.</source>
        <translation>El optimizador debe ser sgd o adamw.</translation>
    </message>
    <message>
        <source>The precision must be fp32 or bf16.</source>
        <translation>La precisión debe ser fp32 o bf16.</translation>
    </message>
    <message>
        <source>The number of GPUs must be between 1 and 64.</source>
        <translation>El número de GPU debe estar entre 1 y 64.</translation>
    </message>
    <message>
        <source>The CPUs per task must be between 1 and 1024.</source>
        <translation>Las CPU por tarea deben estar entre 1 y 1024.</translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; is not one Slurm reads. Write minutes, HH:MM:SS or D-HH:MM:SS (for example 02:00:00).</source>
        <translation>El límite de tiempo «%1» no es uno que Slurm entienda. Escriba minutos, HH:MM:SS o D-HH:MM:SS (por ejemplo 02:00:00).</translation>
    </message>
    <message>
        <source>Choose a partition (for example gpu).</source>
        <translation>Elija una partición (por ejemplo gpu).</translation>
    </message>
    <message>
        <source>Choose the container to train in. Create one with PyTorch on the Containers page if there is none yet.</source>
        <translation>Elija el contenedor en el que entrenar. Si todavía no hay ninguno, cree uno con PyTorch en la página Contenedores.</translation>
    </message>
    <message>
        <source>The container name &quot;%1&quot; may only hold letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>El nombre de contenedor «%1» solo puede contener letras, dígitos, «_», «-» y «.».</translation>
    </message>
    <message>
        <source>The GPU type &quot;%1&quot; may only hold letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>El tipo de GPU «%1» solo puede contener letras, dígitos, «_», «-» y «.».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset format the trainer reads. Use one of: %2, or give only the folder.</source>
        <translation>«%1» no es un formato de conjunto de datos que lea el entrenador. Use uno de estos: %2, o indique solo la carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 is empty.</source>
        <translation>La carpeta %1 está vacía.</translation>
    </message>
    <message>
        <source>The folder %1 holds none of the dataset formats the trainer reads (IDX files such as train-images-idx3-ubyte, CIFAR-10 binary batches, or one folder of images per class). It holds: %2.</source>
        <translation>La carpeta %1 no contiene ninguno de los formatos de conjunto de datos que lee el entrenador (archivos IDX como train-images-idx3-ubyte, lotes binarios de CIFAR-10 o una carpeta de imágenes por clase). Contiene: %2.</translation>
    </message>
    <message>
        <source>The job&apos;s node has no nvidia-smi, so GPU use cannot be shown.</source>
        <translation>El nodo del trabajo no tiene nvidia-smi, así que no se puede mostrar el uso de la GPU.</translation>
    </message>
    <message>
        <source>The trainer stopped with an error: %1 The job&apos;s log is %2.</source>
        <translation>El entrenador se detuvo con un error: %1 El registro del trabajo es %2.</translation>
    </message>
    <message>
        <source>The job ended as %1 (exit code %2) before the trainer finished. The job&apos;s log is %3.</source>
        <translation>El trabajo terminó con el estado %1 (código de salida %2) antes de que acabara el entrenador. El registro del trabajo es %3.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 falló con el código de salida %2.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 falló con el código de salida %2: %3</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Checking the dataset and the container</source>
        <translation>Comprobando el conjunto de datos y el contenedor</translation>
    </message>
    <message>
        <source>Copying the trainer to the cluster</source>
        <translation>Copiando el entrenador al clúster</translation>
    </message>
    <message>
        <source>Checking the container&apos;s compiler and PyTorch</source>
        <translation>Comprobando el compilador y PyTorch del contenedor</translation>
    </message>
    <message>
        <source>Building the trainer in the container</source>
        <translation>Compilando el entrenador en el contenedor</translation>
    </message>
    <message>
        <source>Submitting the job</source>
        <translation>Enviando el trabajo</translation>
    </message>
    <message>
        <source>Watching the job</source>
        <translation>Siguiendo el trabajo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Not connected to the cluster. Connect first, then press Train again.</source>
        <translation>Sin conexión con el clúster. Conéctese primero y pulse Entrenar de nuevo.</translation>
    </message>
    <message>
        <source>Looking for the home and scratch folders…</source>
        <translation>Buscando la carpeta personal y la de scratch…</translation>
    </message>
    <message>
        <source>The cluster did not say where your home folder is.</source>
        <translation>El clúster no indicó dónde está su carpeta personal.</translation>
    </message>
    <message>
        <source>The partition %1 does not exist on this cluster. Its partitions are: %2.</source>
        <translation>La partición %1 no existe en este clúster. Sus particiones son: %2.</translation>
    </message>
    <message>
        <source>Checking the dataset folder %1…</source>
        <translation>Comprobando la carpeta del conjunto de datos %1…</translation>
    </message>
    <message>
        <source>The dataset folder %1 cannot be read on the cluster: %2 Check the path.</source>
        <translation>No se puede leer la carpeta del conjunto de datos %1 en el clúster: %2 Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The folder %1 holds a %2 dataset, not %3. Choose the format %2, or another folder.</source>
        <translation>La carpeta %1 contiene un conjunto de datos %2, no %3. Elija el formato %2 u otra carpeta.</translation>
    </message>
    <message>
        <source>Looking for the container %1 on the nodes…</source>
        <translation>Buscando el contenedor %1 en los nodos…</translation>
    </message>
    <message>
        <source>The container %1 does not exist on the cluster, and you have no containers yet. Create one from a PyTorch image on the Containers page (for example nvcr.io#nvidia/pytorch).</source>
        <translation>El contenedor %1 no existe en el clúster y todavía no tiene contenedores. Cree uno a partir de una imagen de PyTorch en la página Contenedores (por ejemplo nvcr.io#nvidia/pytorch).</translation>
    </message>
    <message>
        <source>The container %1 does not exist on the cluster. Your containers are: %2. Choose one of them, or create %1 on the Containers page.</source>
        <translation>El contenedor %1 no existe en el clúster. Sus contenedores son: %2. Elija uno de ellos o cree %1 en la página Contenedores.</translation>
    </message>
    <message>
        <source>The container %1 lives on node %2: the trainer is built and runs there.</source>
        <translation>El contenedor %1 está en el nodo %2: el entrenador se compila y se ejecuta allí.</translation>
    </message>
    <message>
        <source>The trainer&apos;s sources (%1) are already on the cluster.</source>
        <translation>El código fuente del entrenador (%1) ya está en el clúster.</translation>
    </message>
    <message>
        <source>Copying the trainer&apos;s sources to the cluster…</source>
        <translation>Copiando el código fuente del entrenador al clúster…</translation>
    </message>
    <message>
        <source>Putting the trainer&apos;s sources in place</source>
        <translation>Colocar el código fuente del entrenador en su sitio</translation>
    </message>
    <message>
        <source>The trainer was built for this container before: using it.</source>
        <translation>El entrenador ya se compiló antes para este contenedor: se usa ese.</translation>
    </message>
    <message>
        <source>Checking the container %1 on node %2…</source>
        <translation>Comprobando el contenedor %1 en el nodo %2…</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <source>The container %1 could not be started to check it (exit code %2): %3</source>
        <translation>No se pudo iniciar el contenedor %1 para comprobarlo (código de salida %2): %3</translation>
    </message>
    <message>
        <source>no message.</source>
        <translation>sin mensaje.</translation>
    </message>
    <message>
        <source>The trainer cannot be built in the container %1. %2</source>
        <translation>El entrenador no se puede compilar en el contenedor %1. %2</translation>
    </message>
    <message>
        <source>Compiling the trainer in %1 with %2 jobs…</source>
        <translation>Compilando el entrenador en %1 con %2 procesos…</translation>
    </message>
    <message>
        <source>CMake could not configure the trainer in %1.</source>
        <translation>CMake no pudo configurar el entrenador en %1.</translation>
    </message>
    <message>
        <source>The trainer did not compile in %1.</source>
        <translation>El entrenador no se pudo compilar en %1.</translation>
    </message>
    <message>
        <source>The trainer was built in %1 but does not start.</source>
        <translation>El entrenador se compiló en %1, pero no arranca.</translation>
    </message>
    <message>
        <source>The build in %1 stopped (exit code %2).</source>
        <translation>La compilación en %1 se detuvo (código de salida %2).</translation>
    </message>
    <message>
        <source>The first error:</source>
        <translation>El primer error:</translation>
    </message>
    <message>
        <source>Submitting the job…</source>
        <translation>Enviando el trabajo…</translation>
    </message>
    <message>
        <source>Submitted as job %1.</source>
        <translation>Enviado como trabajo %1.</translation>
    </message>
    <message>
        <source>Cancelled before the job was submitted.</source>
        <translation>Cancelado antes de enviar el trabajo.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 falló (código de salida %2): %3</translation>
    </message>
    <message>
        <source>The trainer&apos;s evaluation could not be read.</source>
        <translation>No se pudo leer la evaluación del entrenador.</translation>
    </message>
    <message>
        <source>The trainer&apos;s confusion matrix is malformed.</source>
        <translation>La matriz de confusión del entrenador está mal formada.</translation>
    </message>
    <message>
        <source>The trainer&apos;s predictions could not be read.</source>
        <translation>No se pudieron leer las predicciones del entrenador.</translation>
    </message>
    <message>
        <source>Not connected to the cluster.</source>
        <translation>Sin conexión con el clúster.</translation>
    </message>
    <message>
        <source>This run does not say where its trainer and folder are.</source>
        <translation>Esta ejecución no indica dónde están su entrenador y su carpeta.</translation>
    </message>
    <message>
        <source>Evaluating the best checkpoint on the test set…</source>
        <translation>Evaluando el mejor punto de control en el conjunto de prueba…</translation>
    </message>
    <message>
        <source>The evaluation</source>
        <translation>La evaluación</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 images.</source>
        <translation>Elija entre 1 y %1 imágenes.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>No se puede leer la imagen %1.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 20 MB.</source>
        <translation>La imagen %1 ocupa más de 20 MB.</translation>
    </message>
    <message>
        <source>Copying the images to the cluster…</source>
        <translation>Copiando las imágenes al clúster…</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>Consultando al modelo…</translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation>La predicción</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Falló la descarga de %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is a file, not a folder.</source>
        <translation>«%1» en %2 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 may not be read (permission denied). Ask its owner for access, or choose another folder.</source>
        <translation>La carpeta «%1» en %2 no se puede leer (permiso denegado). Pida acceso a su propietario o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be listed on %2: %3</source>
        <translation>No se pudo listar la carpeta «%1» en %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, not a folder.</source>
        <translation>«%1» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; may not be read (permission denied). Ask its owner for access, or choose another folder.</source>
        <translation>La carpeta «%1» no se puede leer (permiso denegado). Pida acceso a su propietario o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The listing of &quot;%1&quot; was cancelled.</source>
        <translation>Se canceló el listado de «%1».</translation>
    </message>
    <message>
        <source>bf16 is offered on GPUs only, and this run asks for none.</source>
        <translation>bf16 solo se ofrece en GPU, y esta ejecución no pide ninguna.</translation>
    </message>
    <message>
        <source>The GPU of this container&apos;s node does not compute in bf16 (it needs an Ampere GPU or newer, such as the A100).</source>
        <translation>La GPU del nodo de este contenedor no calcula en bf16 (hace falta una GPU Ampere o más reciente, como la A100).</translation>
    </message>
    <message>
        <source>bf16 is offered when the GPU type is known to support it (A100, H100, L40, ...). Give the GPU type.</source>
        <translation>bf16 se ofrece cuando se sabe que el tipo de GPU lo admite (A100, H100, L40, ...). Indique el tipo de GPU.</translation>
    </message>
    <message>
        <source>%1 GPUs do not compute in bf16 (it needs an Ampere GPU or newer, such as the A100): use fp32.</source>
        <translation>Las GPU %1 no calculan en bf16 (hace falta una GPU Ampere o más reciente, como la A100): use fp32.</translation>
    </message>
    <message>
        <source>Whether %1 GPUs compute in bf16 is not known, so it is not offered (Ampere GPUs and newer, such as the A100, do).</source>
        <translation>No se sabe si las GPU %1 calculan en bf16, así que no se ofrece (las GPU Ampere y más recientes, como la A100, sí lo hacen).</translation>
    </message>
    <message>
        <source>Install CMake with pip</source>
        <translation>Instalar CMake con pip</translation>
    </message>
    <message>
        <source>Install g++ with apt</source>
        <translation>Instalar g++ con apt</translation>
    </message>
    <message>
        <source>Create a PyTorch container</source>
        <translation>Crear un contenedor de PyTorch</translation>
    </message>
    <message>
        <source>Runs pip install --user cmake in the container %1 (recorded in its package list), then press Train again.</source>
        <translation>Ejecuta pip install --user cmake en el contenedor %1 (queda en su lista de paquetes); después pulse Entrenar de nuevo.</translation>
    </message>
    <message>
        <source>Runs apt-get install g++ in the container %1 as root (--container-remap-root --container-writable), then press Train again.</source>
        <translation>Ejecuta apt-get install g++ en el contenedor %1 como root (--container-remap-root --container-writable); después pulse Entrenar de nuevo.</translation>
    </message>
    <message>
        <source>Imports %1 as a new named container on a node of the partition %2 and selects it (the import can take a while: the image is large).</source>
        <translation>Importa %1 como un nuevo contenedor con nombre en un nodo de la partición %2 y lo elige (la importación puede tardar: la imagen es grande).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on this computer. Choose the folder that holds the dataset.</source>
        <translation>La carpeta %1 no existe en este equipo. Elija la carpeta que contiene el conjunto de datos.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset is already on the cluster (%n file(s)).</source>
        <translation>
            <numerusform>El conjunto de datos ya está en el clúster (%n archivo).</numerusform>
            <numerusform>El conjunto de datos ya está en el clúster (%n archivos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s) of the dataset to %1.</source>
        <translation>
            <numerusform>Se subió %n archivo del conjunto de datos a %1.</numerusform>
            <numerusform>Se subieron %n archivos del conjunto de datos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch script is ready: read it, then submit it.</source>
        <translation>El script por lotes está listo: léalo y después envíelo.</translation>
    </message>
    <message>
        <source>The run %1 has not ended: its job may still write into its folder. Cancel it or let it finish first.</source>
        <translation>La ejecución %1 no ha terminado: su trabajo aún puede escribir en su carpeta. Cancélela o deje que termine primero.</translation>
    </message>
    <message>
        <source>The folder %1 does not look like a run folder of Patagon Studio: it is left alone.</source>
        <translation>La carpeta %1 no parece una carpeta de ejecución de Patagon Studio: no se toca.</translation>
    </message>
    <message>
        <source>Deleting the run folder %1 on the cluster…</source>
        <translation>Borrando la carpeta de ejecución %1 en el clúster…</translation>
    </message>
    <message>
        <source>The folder %1 on the cluster holds no train.sbatch: it was not made by Patagon Studio and is left alone.</source>
        <translation>La carpeta %1 del clúster no contiene train.sbatch: no la creó Patagon Studio y no se toca.</translation>
    </message>
    <message>
        <source>The run folder %1 could not be deleted: %2</source>
        <translation>No se pudo borrar la carpeta de ejecución %1: %2</translation>
    </message>
    <message>
        <source>Comparing with what is already on the cluster…</source>
        <translation>Comparando con lo que ya está en el clúster…</translation>
    </message>
    <message>
        <source>Copying the dataset to the cluster…</source>
        <translation>Copiando el conjunto de datos al clúster…</translation>
    </message>
    <message>
        <source>Looking at the files in %1…</source>
        <translation>Revisando los archivos de %1…</translation>
    </message>
    <message>
        <source>No folder on the cluster was given for the dataset %1.</source>
        <translation>No se indicó ninguna carpeta del clúster para el conjunto de datos %1.</translation>
    </message>
    <message>
        <source>The upload of %1 was cancelled. The files already copied stay on the cluster and are not copied again.</source>
        <translation>Se canceló la subida de %1. Los archivos ya copiados se quedan en el clúster y no se vuelven a copiar.</translation>
    </message>
    <message>
        <source>Could not read %1 on this computer.</source>
        <translation>No se pudo leer %1 en este equipo.</translation>
    </message>
    <message>
        <source>Copying %1 to the cluster…</source>
        <translation>Copiando %1 al clúster…</translation>
    </message>
    <message>
        <source>The upload of %1 stopped. %2 Train again to continue; files already copied are not copied again.</source>
        <translation>La subida de %1 se detuvo. %2 Pulse Entrenar de nuevo para continuar; los archivos ya copiados no se vuelven a copiar.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose the dataset&apos;s folder on this computer.</source>
        <translation>La carpeta %1 no existe. Elija la carpeta del conjunto de datos en este equipo.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose the folder that holds the dataset.</source>
        <translation>%1 no es una carpeta. Elija la carpeta que contiene el conjunto de datos.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read. Check its permissions or choose another folder.</source>
        <translation>La carpeta %1 no se puede leer. Revise sus permisos o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %L2 files, too many to copy one by one. Pack the dataset into fewer, larger files and choose that folder.</source>
        <translation>La carpeta %1 contiene más de %L2 archivos, demasiados para copiarlos uno a uno. Empaquete el conjunto de datos en menos archivos, más grandes, y elija esa carpeta.</translation>
    </message>
    <message>
        <source>The cluster&apos;s %1 answered: &quot;%2&quot;.</source>
        <translation>%1 del clúster respondió: «%2».</translation>
    </message>
    <message>
        <source>The cluster&apos;s %1 ended with status %2.</source>
        <translation>%1 del clúster terminó con el estado %2.</translation>
    </message>
    <message>
        <source>The #SBATCH --%1 on line %2 makes Pyxis run the whole batch script inside the container, where there is no %3: this line fails with &quot;%3: command not found&quot;. Put the container options on the srun line instead (srun --container-name=NAME python train.py), or remove them here if this script should run in the container without srun.</source>
        <translation>La directiva #SBATCH --%1 de la línea %2 hace que Pyxis ejecute todo el script por lotes dentro del contenedor, donde no hay %3: esta línea falla con «%3: command not found». Ponga las opciones del contenedor en la línea de srun (srun --container-name=NOMBRE python train.py), o quítelas de aquí si este script debe ejecutarse en el contenedor sin srun.</translation>
    </message>
    <message>
        <source>Move the container options to the srun lines</source>
        <translation>Mover las opciones del contenedor a las líneas de srun</translation>
    </message>
    <message>
        <source>Use the container %1</source>
        <translation>Usar el contenedor %1</translation>
    </message>
    <message>
        <source>There is no container named %1 on the cluster, and you have none yet: without --container-image this step fails. Create it on the Containers page.</source>
        <translation>No hay ningún contenedor llamado %1 en el clúster y todavía no tiene ninguno: sin --container-image este paso falla. Créelo en la página Contenedores.</translation>
    </message>
    <message>
        <source>There is no container named %1 on the cluster (yours: %2): without --container-image this step fails. Pick one of yours, or create %1 on the Containers page.</source>
        <translation>No hay ningún contenedor llamado %1 en el clúster (los suyos: %2): sin --container-image este paso falla. Elija uno de los suyos o cree %1 en la página Contenedores.</translation>
    </message>
    <message>
        <source>The container %1 lives on node %2 only; this step may start on another node of partition %3, where it does not exist. Run it there with -w %2.</source>
        <translation>El contenedor %1 solo existe en el nodo %2; este paso puede empezar en otro nodo de la partición %3, donde no existe. Ejecútelo allí con -w %2.</translation>
    </message>
    <message>
        <source>Add -w %1</source>
        <translation>Añadir -w %1</translation>
    </message>
    <message>
        <source>Slurm knows no job %1.</source>
        <translation>Slurm no conoce ningún trabajo %1.</translation>
    </message>
    <message>
        <source>Could not open a terminal: %1.</source>
        <translation>No se pudo abrir una terminal: %1.</translation>
    </message>
    <message>
        <source>The jump host %1 refused the login: %2</source>
        <translation>El servidor de salto %1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>The jump host %1 was not trusted: %2</source>
        <translation>El servidor de salto %1 no es de confianza: %2</translation>
    </message>
    <message>
        <source>Login to the jump host %1 was cancelled.</source>
        <translation>Se canceló el inicio de sesión en el servidor de salto %1.</translation>
    </message>
    <message>
        <source>Could not reach the cluster through the jump host %1: %2</source>
        <translation>No se pudo llegar al clúster a través del servidor de salto %1: %2</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; is not written as [user@]host[:port]. Correct it in the profile.</source>
        <translation>El servidor de salto «%1» no tiene la forma [usuario@]servidor[:puerto]. Corríjalo en el perfil.</translation>
    </message>
    <message>
        <source>The jump host %1 could not open a connection to %2: %3. Check that name and port; the jump host may also forbid forwarding (AllowTcpForwarding).</source>
        <translation>El servidor de salto %1 no pudo abrir una conexión con %2: %3. Compruebe ese nombre y ese puerto; el servidor de salto también puede prohibir el reenvío (AllowTcpForwarding).</translation>
    </message>
    <message>
        <source>a shell</source>
        <translation>un shell</translation>
    </message>
    <message>
        <source>Could not open a terminal with %1 on %2: %3.</source>
        <translation>No se pudo abrir una terminal con %1 en %2: %3.</translation>
    </message>
    <message>
        <source>the server allows no more sessions on this connection; close another terminal or wait for running commands to end</source>
        <translation>el servidor no admite más sesiones en esta conexión; cierre otra terminal o espere a que terminen los comandos en curso</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text: the editor would change some of its bytes, so it was not opened. Convert it to UTF-8 first (for example with iconv).</source>
        <translation>«%1» no es texto UTF-8: el editor cambiaría algunos de sus bytes, así que no se ha abierto. Conviértalo antes a UTF-8 (por ejemplo, con iconv).</translation>
    </message>
    <message>
        <source>Connect to the cluster first: its files are read through the connection.</source>
        <translation>Conéctese primero al clúster: sus archivos se leen a través de la conexión.</translation>
    </message>
    <message>
        <source>Give the path of the script on the cluster.</source>
        <translation>Indique la ruta del script en el clúster.</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot; on the cluster: %2</source>
        <translation>No se pudo abrir «%1» en el clúster: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB: it is not a batch script. Choose the script itself.</source>
        <translation>«%1» ocupa más de %2 MB: no es un script por lotes. Elija el script en sí.</translation>
    </message>
    <message>
        <source>Connect to the cluster first: its files are written through the connection. The script stays here meanwhile.</source>
        <translation>Conéctese primero al clúster: sus archivos se escriben a través de la conexión. Mientras tanto, el script se queda aquí.</translation>
    </message>
    <message>
        <source>Give the path of the script on the cluster, with its file name.</source>
        <translation>Indique la ruta del script en el clúster, con el nombre del archivo.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot; on the cluster: %2
The file there was not changed.</source>
        <translation>No se pudo guardar «%1» en el clúster: %2
El archivo que hay allí no ha cambiado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder on the cluster. Add the script&apos;s file name to the path.</source>
        <translation>«%1» es una carpeta en el clúster. Añada a la ruta el nombre del archivo del script.</translation>
    </message>
    <message>
        <source>A batch job has no terminal: --pty is for srun only.</source>
        <translation>Un trabajo por lotes no tiene terminal: --pty es solo para srun.</translation>
    </message>
    <message>
        <source>Name the container to open a shell in.</source>
        <translation>Indique el contenedor en el que abrir un shell.</translation>
    </message>
    <message>
        <source>The node that holds the container &quot;%1&quot; is not known. List the containers first, or name the node.</source>
        <translation>No se conoce el nodo que contiene el contenedor «%1». Liste primero los contenedores o indique el nodo.</translation>
    </message>
    <message>
        <source>python3 ended without printing the PyTorch version and whether CUDA is available.</source>
        <translation>python3 terminó sin mostrar la versión de PyTorch ni si CUDA está disponible.</translation>
    </message>
    <message>
        <source>The file to save the container to must end in .sqsh, for example containers/%1.sqsh.</source>
        <translation>El archivo donde guardar el contenedor debe terminar en .sqsh, por ejemplo containers/%1.sqsh.</translation>
    </message>
    <message>
        <source>The job could not be submitted: the window is closing.</source>
        <translation>No se pudo enviar el trabajo: la ventana se está cerrando.</translation>
    </message>
    <message>
        <source>The script of job %1 is neither kept on this computer nor known to Slurm any more.</source>
        <translation>El script del trabajo %1 no está guardado en este equipo y Slurm ya no lo conoce.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 lists an entry with an empty name. Nothing was downloaded: the server&apos;s listing cannot be trusted.</source>
        <translation>La carpeta «%1» en %2 lista una entrada con el nombre vacío. No se descargó nada: no se puede confiar en el listado del servidor.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 lists an entry named &quot;%3&quot;, which is not a plain file name and could write outside the folder you chose. Nothing was downloaded.</source>
        <translation>La carpeta «%1» en %2 lista una entrada llamada «%3», que no es un nombre de archivo simple y podría escribir fuera de la carpeta que eligió. No se descargó nada.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 holds an entry named &quot;%3&quot;, which is not valid UTF-8 and cannot be downloaded by that name. Nothing was downloaded; rename it on the cluster and try again.</source>
        <translation>La carpeta «%1» en %2 contiene una entrada llamada «%3», que no es UTF-8 válido y no se puede descargar con ese nombre. No se descargó nada; cámbiele el nombre en el clúster e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 holds more than %3 entries. Nothing was downloaded; download its subfolders one at a time.</source>
        <translation>La carpeta «%1» en %2 contiene más de %3 entradas. No se descargó nada; descargue sus subcarpetas de una en una.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is a symbolic link. Links inside a folder are not followed when it is downloaded, so nothing was downloaded. Remove the link, or download what it points to by itself.</source>
        <translation>«%1» en %2 es un enlace simbólico. Al descargar una carpeta no se siguen los enlaces que contiene, así que no se descargó nada. Quite el enlace o descargue por separado aquello a lo que apunta.</translation>
    </message>
    <message>
        <source>Could not create the local folder &quot;%1&quot;.</source>
        <translation>No se pudo crear la carpeta local «%1».</translation>
    </message>
    <message>
        <source>This cluster has no named containers to list: its srun has no --container-image option, so the Pyxis plugin is not installed.</source>
        <translation>Este clúster no tiene contenedores con nombre que listar: su srun no tiene la opción --container-image, así que el complemento Pyxis no está instalado.</translation>
    </message>
    <message>
        <source>The command names no package to record.</source>
        <translation>El comando no nombra ningún paquete que registrar.</translation>
    </message>
    <message>
        <source>Job %1 could not be looked up: the window is closing.</source>
        <translation>No se pudo buscar el trabajo %1: la ventana se está cerrando.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not finish on %2 within %3 seconds.</source>
        <translation>«%1» no terminó en %2 en %3 segundos.</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 needs an answer to its login prompt (a one-time code or a password), and none came within %n minute(s). Press Connect to try again.</source>
        <translation>
            <numerusform>Volver a conectarse a %1 necesita una respuesta a su solicitud de acceso (un código de un solo uso o una contraseña), y no llegó ninguna en %n minuto. Pulse Conectar para intentarlo de nuevo.</numerusform>
            <numerusform>Volver a conectarse a %1 necesita una respuesta a su solicitud de acceso (un código de un solo uso o una contraseña), y no llegó ninguna en %n minutos. Pulse Conectar para intentarlo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled, but part of it was still running on %2 %3 seconds after TERM and KILL; it is no longer watched and may still be running there.</source>
        <translation>«%1» se canceló, pero una parte seguía en ejecución en %2 %3 segundos después de TERM y KILL; ya no se vigila y puede que siga en ejecución allí.</translation>
    </message>
    <message>
        <source>The largest node of partition %1 has %2 MB of memory; the job asks for %3 MB per node, so it could never start.</source>
        <translation>El nodo más grande de la partición %1 tiene %2 MB de memoria; el trabajo pide %3 MB por nodo, así que nunca podría empezar.</translation>
    </message>
    <message>
        <source>The largest node of partition %1 has %2 CPUs; a task asking for %3 could never start.</source>
        <translation>El nodo más grande de la partición %1 tiene %2 CPU; una tarea que pide %3 nunca podría empezar.</translation>
    </message>
    <message>
        <source>The largest node of partition %1 has %2 × %3; --gres=%4 asks for %5 on one node, so the job could never start.</source>
        <translation>El nodo más grande de la partición %1 tiene %2 × %3; --gres=%4 pide %5 en un solo nodo, así que el trabajo nunca podría empezar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would name a squashfs file without docker://. Give a registry image as [USER@][REGISTRY#]IMAGE[:TAG], or a squashfs file by its path alone.</source>
        <translation>«%1» nombraría un archivo squashfs sin docker://. Indique una imagen de registro como [USUARIO@][REGISTRO#]IMAGEN[:ETIQUETA], o un archivo squashfs solo por su ruta.</translation>
    </message>
    <message numerus="yes">
        <source>The job left the queue, but Slurm&apos;s accounting did not say how it ended after %n checks; the app stopped asking.</source>
        <translation>
            <numerusform>El trabajo salió de la cola, pero la contabilidad de Slurm no dijo cómo terminó tras %n consulta; la aplicación dejó de preguntar.</numerusform>
            <numerusform>El trabajo salió de la cola, pero la contabilidad de Slurm no dijo cómo terminó tras %n consultas; la aplicación dejó de preguntar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Your known_hosts trusts a certificate authority for this host (%1). Patagon Studio cannot check host certificates (its SSH library, libssh, does not offer them), so the server showed its plain key instead: compare its fingerprint as usual before you trust it.</source>
        <translation>Su known_hosts confía en una autoridad de certificación para este servidor (%1). Patagon Studio no puede verificar certificados de servidor (su biblioteca SSH, libssh, no los ofrece), así que el servidor mostró su clave simple: compare su huella como de costumbre antes de confiar en ella.</translation>
    </message>
    <message numerus="yes">
        <source>The run was cancelled after %n complete epoch(s). The trainer saved a checkpoint as it stopped: %1.</source>
        <translation>
            <numerusform>La ejecución se canceló después de %n época completa. El entrenador guardó un punto de control al detenerse: %1.</numerusform>
            <numerusform>La ejecución se canceló después de %n épocas completas. El entrenador guardó un punto de control al detenerse: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was cancelled. The trainer saved no checkpoint as it stopped (Slurm may have ended it first); the last one, after epoch %1, is %2.</source>
        <translation>La ejecución se canceló. El entrenador no guardó un punto de control al detenerse (puede que Slurm lo haya terminado antes); el último, después de la época %1, es %2.</translation>
    </message>
    <message>
        <source>The run was cancelled before the trainer saved a checkpoint.</source>
        <translation>La ejecución se canceló antes de que el entrenador guardara un punto de control.</translation>
    </message>
    <message>
        <source>The run was cancelled before training started.</source>
        <translation>La ejecución se canceló antes de que empezara el entrenamiento.</translation>
    </message>
</context>
<context>
    <name>Patagon::CredentialDialog</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>Inicie sesión en %1.</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase.</source>
        <translation>La clave %1 está protegida por una frase de contraseña.</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 pregunta:</translation>
    </message>
    <message>
        <source>That answer was not accepted. Try again.</source>
        <translation>Esa respuesta no fue aceptada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Kept by your desktop&apos;s keychain, never in a file of Patagon Studio. One-time codes are never remembered.</source>
        <translation>Lo guarda el llavero de su escritorio, nunca un archivo de Patagon Studio. Los códigos de un solo uso nunca se recuerdan.</translation>
    </message>
</context>
<context>
    <name>Patagon::CredentialsWizardPage</name>
    <message>
        <source>Registry credentials</source>
        <translation>Credenciales del registro</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Contraseña o token:</translation>
    </message>
    <message>
        <source>NVIDIA NGC wants your NGC API key. The login is always $oauthtoken.</source>
        <translation>NVIDIA NGC pide su clave de API de NGC. El usuario es siempre $oauthtoken.</translation>
    </message>
    <message>
        <source>Create an API key at ngc.nvidia.com (Setup, Generate API Key) and paste it below. It is written only to Enroot&apos;s credentials file on the cluster (~/.config/enroot/.credentials, readable only by you), for nvcr.io and authn.nvidia.com.</source>
        <translation>Cree una clave de API en ngc.nvidia.com (Setup, Generate API Key) y péguela abajo. Solo se escribe en el archivo de credenciales de Enroot en el clúster (~/.config/enroot/.credentials, legible solo por usted), para nvcr.io y authn.nvidia.com.</translation>
    </message>
    <message>
        <source>%1 may want a login before it hands out the image.</source>
        <translation>%1 puede pedir un inicio de sesión antes de entregar la imagen.</translation>
    </message>
    <message>
        <source>Type your login and password (or access token) for %1. They are written only to Enroot&apos;s credentials file on the cluster (~/.config/enroot/.credentials, readable only by you). Leave both empty when the image is public.</source>
        <translation>Escriba su usuario y contraseña (o token de acceso) para %1. Solo se escriben en el archivo de credenciales de Enroot en el clúster (~/.config/enroot/.credentials, legible solo por usted). Deje ambos vacíos si la imagen es pública.</translation>
    </message>
    <message>
        <source>Looking for saved credentials for %1…</source>
        <translation>Buscando credenciales guardadas para %1…</translation>
    </message>
    <message>
        <source>The credentials file could not be read: %1</source>
        <translation>No se pudo leer el archivo de credenciales: %1</translation>
    </message>
    <message>
        <source>Credentials for %1 are already saved on the cluster (login %2). Leave the fields empty to keep them, or type new ones.</source>
        <translation>Ya hay credenciales para %1 guardadas en el clúster (usuario %2). Deje los campos vacíos para conservarlas o escriba otras nuevas.</translation>
    </message>
    <message>
        <source>No credentials for %1 are saved on the cluster yet.</source>
        <translation>Todavía no hay credenciales para %1 guardadas en el clúster.</translation>
    </message>
    <message>
        <source>Saving the credentials for %1 on the cluster…</source>
        <translation>Guardando las credenciales para %1 en el clúster…</translation>
    </message>
    <message>
        <source>Credentials for %1 saved on the cluster.</source>
        <translation>Credenciales para %1 guardadas en el clúster.</translation>
    </message>
</context>
<context>
    <name>Patagon::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Clave de servidor desconocida</translation>
    </message>
    <message>
        <source>This is the first connection to &lt;b&gt;%1&lt;/b&gt;, so its identity cannot be checked automatically. Compare the fingerprint below with the one your cluster&apos;s administrators publish before you trust it.</source>
        <translation>Es la primera conexión con &lt;b&gt;%1&lt;/b&gt;, así que su identidad no se puede comprobar automáticamente. Compare la huella de abajo con la que publican los administradores de su clúster antes de confiar en ella.</translation>
    </message>
    <message>
        <source>Key type: %1</source>
        <translation>Tipo de clave: %1</translation>
    </message>
    <message>
        <source>If you trust it, it is recorded in %1.</source>
        <translation>Si confía en ella, se registrará en %1.</translation>
    </message>
    <message>
        <source>&amp;Trust and Remember</source>
        <translation>&amp;Confiar y recordar</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>Confiar &amp;una vez</translation>
    </message>
    <message>
        <source>&amp;Do Not Connect</source>
        <translation>&amp;No conectar</translation>
    </message>
</context>
<context>
    <name>Patagon::ImageWizardPage</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>The image to import: a Docker Hub name such as python, a registry image such as nvcr.io#nvidia/pytorch:24.05-py3, or a .sqsh file on the cluster.</source>
        <translation>La imagen que se importará: un nombre de Docker Hub como python, una imagen de un registro como nvcr.io#nvidia/pytorch:24.05-py3 o un archivo .sqsh en el clúster.</translation>
    </message>
    <message>
        <source>Python on Debian, from Docker Hub</source>
        <translation>Python sobre Debian, de Docker Hub</translation>
    </message>
    <message>
        <source>PyTorch with CUDA, from Docker Hub</source>
        <translation>PyTorch con CUDA, de Docker Hub</translation>
    </message>
    <message>
        <source>NVIDIA&apos;s PyTorch (NGC: needs your NGC API key)</source>
        <translation>PyTorch de NVIDIA (NGC: necesita su clave de API de NGC)</translation>
    </message>
    <message>
        <source>CUDA runtime on Ubuntu (NGC: needs your NGC API key)</source>
        <translation>Entorno de ejecución de CUDA sobre Ubuntu (NGC: necesita su clave de API de NGC)</translation>
    </message>
    <message>
        <source>Ubuntu 24.04, from Docker Hub</source>
        <translation>Ubuntu 24.04, de Docker Hub</translation>
    </message>
    <message>
        <source>Debian 13, from Docker Hub</source>
        <translation>Debian 13, de Docker Hub</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Imagen:</translation>
    </message>
    <message>
        <source>Imported as:</source>
        <translation>Se importa como:</translation>
    </message>
    <message>
        <source>Type an image name, or pick one from the list.</source>
        <translation>Escriba el nombre de una imagen o elija una de la lista.</translation>
    </message>
    <message>
        <source>%1 may need a login: the next step asks for it.</source>
        <translation>%1 puede necesitar un inicio de sesión: el paso siguiente lo pide.</translation>
    </message>
    <message>
        <source>The reference is valid.</source>
        <translation>La referencia es válida.</translation>
    </message>
</context>
<context>
    <name>Patagon::ImportWizardPage</name>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener importación</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>The compute node downloads the image and keeps it under the container&apos;s name. Large images take minutes.</source>
        <translation>El nodo de cómputo descarga la imagen y la guarda con el nombre del contenedor. Las imágenes grandes tardan minutos.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Starting the import of %1 as %2…</source>
        <translation>Iniciando la importación de %1 como %2…</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Se detuvo la importación.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>La importación falló.</translation>
    </message>
    <message>
        <source>The container %1 already existed on %2 and is reused as it is.</source>
        <translation>El contenedor %1 ya existía en %2 y se reutiliza tal como está.</translation>
    </message>
    <message>
        <source>The container %1 is ready on %2.</source>
        <translation>El contenedor %1 está listo en %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Patagon::InstallOfferBar</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Add these packages to the container&apos;s package list, so that &quot;Replay&quot; installs them on another container</source>
        <translation>Añadir estos paquetes a la lista de paquetes del contenedor, para que «Repetir» los instale en otro contenedor</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Este no</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n más en espera)</numerusform>
            <numerusform>(%n más en espera)</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing %1 with %2 worked in this shell. Record it in the package list of «%3»?</source>
        <translation>La instalación de %1 con %2 funcionó en este shell. ¿Registrarla en la lista de paquetes de «%3»?</translation>
    </message>
</context>
<context>
    <name>Patagon::JobCenter</name>
    <message>
        <source>Job started</source>
        <translation>Trabajo iniciado</translation>
    </message>
    <message>
        <source>Job %1 (%2) is running on %3.</source>
        <translation>El trabajo %1 (%2) se está ejecutando en %3.</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>Trabajo completado</translation>
    </message>
    <message>
        <source>Job %1 (%2) completed.</source>
        <translation>El trabajo %1 (%2) se completó.</translation>
    </message>
    <message>
        <source>Job ended</source>
        <translation>Trabajo terminado</translation>
    </message>
    <message>
        <source>Job %1 (%2) ended: %3, exit code %4.</source>
        <translation>El trabajo %1 (%2) terminó: %3, código de salida %4.</translation>
    </message>
    <message>
        <source>Job requeued</source>
        <translation>Trabajo reencolado</translation>
    </message>
    <message>
        <source>Job %1 (%2) was requeued and waits to run again.</source>
        <translation>El trabajo %1 (%2) se reencoló y espera para ejecutarse de nuevo.</translation>
    </message>
    <message>
        <source>Script not kept</source>
        <translation>Script no guardado</translation>
    </message>
    <message>
        <source>Job submitted</source>
        <translation>Trabajo enviado</translation>
    </message>
    <message>
        <source>Submitted job %1.</source>
        <translation>Trabajo %1 enviado.</translation>
    </message>
    <message>
        <source>Submitted job %1. The connection dropped during the submission; the job was found on the cluster and was not submitted twice.</source>
        <translation>Trabajo %1 enviado. La conexión se cortó durante el envío; el trabajo se encontró en el clúster y no se envió dos veces.</translation>
    </message>
</context>
<context>
    <name>Patagon::JobTableModel</name>
    <message>
        <source>%1 / unlimited</source>
        <translation>%1 / ilimitado</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Expected to start at %1</source>
        <translation>Se espera que empiece a las %1</translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <translation>%1 (salida %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Elapsed / limit</source>
        <translation>Transcurrido / límite</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation>Espera porque</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>Patagon::JobsPage</name>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>No se pudo leer la cola: %1</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connect to the cluster on the Connection page to see your jobs.</source>
        <translation>Conéctese al clúster en la página Conexión para ver sus trabajos.</translation>
    </message>
    <message>
        <source>Offline: the list may be out of date.</source>
        <translation>Sin conexión: puede que la lista no esté al día.</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Leyendo la cola…</translation>
    </message>
    <message>
        <source>Asking Slurm for your jobs.</source>
        <translation>Pidiendo sus trabajos a Slurm.</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Aún no hay trabajos</translation>
    </message>
    <message>
        <source>You have no jobs in the queue and none in the last week. Write a batch script on the Script page and submit it.</source>
        <translation>No tiene trabajos en la cola ni en la última semana. Escriba un script por lotes en la página Script y envíelo.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation>Cancelar trabajos</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? Slurm stops them at once; their output so far stays.

%1</source>
        <translation>
            <numerusform>¿Cancelar %n trabajo? Slurm lo detiene de inmediato; la salida que ya escribió se conserva.

%1</numerusform>
            <numerusform>¿Cancelar %n trabajos? Slurm los detiene de inmediato; la salida que ya escribieron se conserva.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Filter by id, name, partition, node or reason</source>
        <translation>Filtrar por número, nombre, partición, nodo o motivo</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Todos los trabajos</translation>
    </message>
    <message>
        <source>Waiting and running</source>
        <translation>En espera y en ejecución</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Open logs</source>
        <translation>Abrir registros</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Copy job id</source>
        <translation>Copiar número de trabajo</translation>
    </message>
    <message>
        <source>Go to the Script page</source>
        <translation>Ir a la página Script</translation>
    </message>
    <message>
        <source>Show the app&apos;s helper jobs</source>
        <translation>Mostrar trabajos auxiliares</translation>
    </message>
    <message numerus="yes">
        <source>Show the app&apos;s helper jobs (%n hidden)</source>
        <translation>
            <numerusform>Mostrar trabajos auxiliares (%n oculto)</numerusform>
            <numerusform>Mostrar trabajos auxiliares (%n ocultos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown, %n helper job(s) of the app hidden</source>
        <translation>
            <numerusform>%1 visibles, %n trabajo auxiliar de la aplicación oculto</numerusform>
            <numerusform>%1 visibles, %n trabajos auxiliares de la aplicación ocultos</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs the app starts for itself: listing and importing containers, installing packages, building the trainer.</source>
        <translation>Trabajos que la aplicación lanza para sí misma: listar e importar contenedores, instalar paquetes, compilar el entrenador.</translation>
    </message>
</context>
<context>
    <name>Patagon::LogsPage</name>
    <message>
        <source>the file was truncated; reading it again from its start</source>
        <translation>el archivo se truncó; se vuelve a leer desde el principio</translation>
    </message>
    <message>
        <source>Waiting for %1 to appear (the job may not have started yet).</source>
        <translation>Esperando a que aparezca %1 (puede que el trabajo aún no haya empezado).</translation>
    </message>
    <message>
        <source>Reading paused: %1 Trying again.</source>
        <translation>Lectura en pausa: %1 Se vuelve a intentar.</translation>
    </message>
    <message>
        <source>The job has ended; this is all of its output.</source>
        <translation>El trabajo terminó; esta es toda su salida.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the log</source>
        <translation>Guardar una copia del registro</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Logs of job %1 (%2): %3</source>
        <translation>Registros del trabajo %1 (%2): %3</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Ningún trabajo seleccionado</translation>
    </message>
    <message>
        <source>Finding the job&apos;s output files…</source>
        <translation>Buscando los archivos de salida del trabajo…</translation>
    </message>
    <message>
        <source>Choose a job on the Jobs page and press &quot;Open logs&quot;.</source>
        <translation>Elija un trabajo en la página Trabajos y pulse «Abrir registros».</translation>
    </message>
    <message>
        <source>Output and errors: %1</source>
        <translation>Salida y errores: %1</translation>
    </message>
    <message>
        <source>Output: %1
Errors: %2</source>
        <translation>Salida: %1
Errores: %2</translation>
    </message>
    <message>
        <source>Autoscroll paused while you read; press &quot;Follow&quot; to jump to the end.</source>
        <translation>Desplazamiento automático en pausa mientras lee; pulse «Seguir» para ir al final.</translation>
    </message>
    <message>
        <source>Showing the end of a large log; scroll to the top for more.</source>
        <translation>Se muestra el final de un registro grande; desplácese hasta arriba para ver más.</translation>
    </message>
    <message>
        <source>Output and errors</source>
        <translation>Salida y errores</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error line(s))</source>
        <translation>
            <numerusform>%1 (%n línea de error)</numerusform>
            <numerusform>%1 (%n líneas de error)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>Ajustar líneas</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Load earlier</source>
        <translation>Cargar anteriores</translation>
    </message>
    <message>
        <source>Keep the end of the log in view as it grows.</source>
        <translation>Mantener a la vista el final del registro a medida que crece.</translation>
    </message>
    <message>
        <source>Earlier lines were let go to keep memory bounded and cannot be shown again here; the file on the cluster still has them.</source>
        <translation>Se descartaron líneas anteriores para mantener acotada la memoria y no se pueden volver a mostrar aquí; el archivo en el clúster aún las tiene.</translation>
    </message>
    <message>
        <source>Newer lines were let go while you read earlier parts; press &quot;Follow&quot; to read the end again.</source>
        <translation>Se descartaron líneas más nuevas mientras leía partes anteriores; pulse «Seguir» para volver a leer el final.</translation>
    </message>
</context>
<context>
    <name>Patagon::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Patagon Studio</source>
        <translation>Patagon Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Patagon Studio</source>
        <translation>&amp;Acerca de Patagon Studio</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2 ms)</source>
        <translation>Conectado a %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connected to %1 (&lt; 1 ms)</source>
        <translation>Conectado a %1 (&lt; 1 ms)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
</context>
<context>
    <name>Patagon::ManifestModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Failed (exit status %1)</source>
        <translation>Falló (código de salida %1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Typed in a container shell: %1</source>
        <translation>Escrito en un shell del contenedor: %1</translation>
    </message>
</context>
<context>
    <name>Patagon::MetricsChart</name>
    <message numerus="yes">
        <source>Comparing %n run(s): validation loss and validation accuracy by epoch.</source>
        <translation>
            <numerusform>Comparando %n ejecución: pérdida y exactitud de validación por época.</numerusform>
            <numerusform>Comparando %n ejecuciones: pérdida y exactitud de validación por época.</numerusform>
        </translation>
    </message>
    <message>
        <source>The curves appear once the trainer has finished its first epoch.</source>
        <translation>Las curvas aparecen cuando el entrenador termina su primera época.</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · %3 images/s · learning rate %4 · about %5 left</source>
        <translation>Época %1 de %2 · %3 imágenes/s · tasa de aprendizaje %4 · quedan unos %5</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · %3 images/s · learning rate %4</source>
        <translation>Época %1 de %2 · %3 imágenes/s · tasa de aprendizaje %4</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Exactitud (%)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
</context>
<context>
    <name>Patagon::NameWizardPage</name>
    <message>
        <source>Name and place</source>
        <translation>Nombre y ubicación</translation>
    </message>
    <message>
        <source>A named container stays on the node that imports it, and later jobs on that node reuse it by its name.</source>
        <translation>Un contenedor con nombre se queda en el nodo que lo importa, y los trabajos posteriores en ese nodo lo reutilizan por su nombre.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>N&amp;odo:</translation>
    </message>
    <message>
        <source>Cluster default</source>
        <translation>La predeterminada del clúster</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <source>Any free node</source>
        <translation>Cualquier nodo libre</translation>
    </message>
</context>
<context>
    <name>Patagon::PackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Contenedor:</translation>
    </message>
    <message>
        <source>p&amp;ip packages (one a line, e.g. numpy==2.1 or torchvision&gt;=0.19):</source>
        <translation>Paquetes de p&amp;ip (uno por línea, p. ej. numpy==2.1 o torchvision&gt;=0.19):</translation>
    </message>
    <message>
        <source>&amp;apt packages (one a line, e.g. libgl1):</source>
        <translation>Paquetes de &amp;apt (uno por línea, p. ej. libgl1):</translation>
    </message>
    <message>
        <source>numpy
pandas&gt;=2</source>
        <translation>numpy
pandas&gt;=2</translation>
    </message>
    <message>
        <source>ffmpeg
libgl1</source>
        <translation>ffmpeg
libgl1</translation>
    </message>
    <message>
        <source>Import &amp;requirements.txt…</source>
        <translation>Importar &amp;requirements.txt…</translation>
    </message>
    <message>
        <source>&amp;Save as .sqsh (optional):</source>
        <translation>&amp;Guardar como .sqsh (opcional):</translation>
    </message>
    <message>
        <source>e.g. containers/trainer.sqsh, on the cluster</source>
        <translation>p. ej. containers/trainer.sqsh, en el clúster</translation>
    </message>
    <message>
        <source>After the install, write the container to this squashfs file on the cluster (--container-save), so jobs can start from it.</source>
        <translation>Tras la instalación, escribe el contenedor en este archivo squashfs del clúster (--container-save), para que los trabajos puedan partir de él.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <source>Install the packages into the container (Ctrl+Return)</source>
        <translation>Instalar los paquetes en el contenedor (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Replay &amp;onto:</source>
        <translation>Repetir &amp;en:</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <source>Install what succeeded in this container into the chosen one.</source>
        <translation>Instalar en el contenedor elegido lo que se instaló con éxito en este.</translation>
    </message>
    <message>
        <source>Not connected: connect on the Connection page to install packages. The records of earlier installs stay readable.</source>
        <translation>Sin conexión: conéctese en la página Conexión para instalar paquetes. Los registros de instalaciones anteriores siguen visibles.</translation>
    </message>
    <message>
        <source>No named containers yet: create one on the Containers page, then install packages into it here.</source>
        <translation>Todavía no hay contenedores con nombre: cree uno en la página Contenedores y luego instale paquetes en él aquí.</translation>
    </message>
    <message>
        <source>Type at least one pip or apt package, one a line, then install.</source>
        <translation>Escriba al menos un paquete de pip o apt, uno por línea, y luego instale.</translation>
    </message>
    <message>
        <source>Installing into %1 on %2…</source>
        <translation>Instalando en %1 en %2…</translation>
    </message>
    <message>
        <source>Nothing to replay: no install into this container has succeeded.</source>
        <translation>Nada que repetir: ninguna instalación en este contenedor ha tenido éxito.</translation>
    </message>
    <message>
        <source>Choose the container to replay onto.</source>
        <translation>Elija el contenedor en el que repetir la instalación.</translation>
    </message>
    <message>
        <source>Replaying the packages of %1 onto %2 on %3…</source>
        <translation>Repitiendo los paquetes de %1 en %2 en %3…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Done: the packages are installed in %1.</source>
        <translation>Hecho: los paquetes están instalados en %1.</translation>
    </message>
    <message>
        <source>Cancelled. The manifest records what ran.</source>
        <translation>Cancelado. El manifiesto registra lo que se ejecutó.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Import requirements.txt</source>
        <translation>Importar requirements.txt</translation>
    </message>
    <message>
        <source>Requirements (*.txt);;All files (*)</source>
        <translation>Requisitos (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check the path and that you may read the file.</source>
        <translation>No se pudo leer %1: %2. Compruebe la ruta y que tiene permiso para leer el archivo.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: that is not a requirements file.</source>
        <translation>%1 ocupa más de 1 MiB: no es un archivo de requisitos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) added from the file.</source>
        <translation>
            <numerusform>%n requisito añadido desde el archivo.</numerusform>
            <numerusform>%n requisitos añadidos desde el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No container</source>
        <translation>Ningún contenedor</translation>
    </message>
    <message>
        <source>The install failed. The output below shows why.</source>
        <translation>La instalación falló. La salida de abajo muestra por qué.</translation>
    </message>
    <message>
        <source>The install failed; not installed: %1. The output below shows why.</source>
        <translation>La instalación falló; no se instaló: %1. La salida de abajo muestra por qué.</translation>
    </message>
</context>
<context>
    <name>Patagon::ProbeWizardPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Cluster check</source>
        <translation>Comprobación del clúster</translation>
    </message>
    <message>
        <source>Does the cluster run containers? Patagon Studio asks Slurm for Pyxis, Enroot&apos;s version and the partitions.</source>
        <translation>¿Ejecuta contenedores el clúster? Patagon Studio pregunta a Slurm por Pyxis, la versión de Enroot y las particiones.</translation>
    </message>
    <message>
        <source>Checking the cluster…</source>
        <translation>Comprobando el clúster…</translation>
    </message>
    <message>
        <source>The cluster could not be checked: %1</source>
        <translation>No se pudo comprobar el clúster: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <source>Enroot&apos;s version is unknown.</source>
        <translation>Se desconoce la versión de Enroot.</translation>
    </message>
    <message>
        <source>Enroot %1 on the login node.</source>
        <translation>Enroot %1 en el nodo de acceso.</translation>
    </message>
    <message>
        <source>Enroot %1 on %2.</source>
        <translation>Enroot %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Pyxis is installed (%n container option(s)).</source>
        <translation>
            <numerusform>Pyxis está instalado (%n opción de contenedor).</numerusform>
            <numerusform>Pyxis está instalado (%n opciones de contenedor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pyxis is missing: srun has no --container-image option.</source>
        <translation>Falta Pyxis: srun no tiene la opción --container-image.</translation>
    </message>
    <message>
        <source>Slurm lists no partitions.</source>
        <translation>Slurm no muestra ninguna partición.</translation>
    </message>
    <message>
        <source>Partitions: %1.</source>
        <translation>Particiones: %1.</translation>
    </message>
    <message>
        <source>This cluster runs containers. %1 %2 %3</source>
        <translation>Este clúster ejecuta contenedores. %1 %2 %3</translation>
    </message>
    <message>
        <source>This cluster cannot run containers yet. %1 %2 %3</source>
        <translation>Este clúster todavía no puede ejecutar contenedores. %1 %2 %3</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Ask the cluster&apos;s administrators to install Pyxis and Enroot, or use a cluster that has them.</source>
        <translation>Pida a los administradores del clúster que instalen Pyxis y Enroot, o use un clúster que los tenga.</translation>
    </message>
</context>
<context>
    <name>Patagon::ProfileDialog</name>
    <message>
        <source>New Connection Profile</source>
        <translation>Nuevo perfil de conexión</translation>
    </message>
    <message>
        <source>Connection Profile &quot;%1&quot;</source>
        <translation>Perfil de conexión «%1»</translation>
    </message>
    <message>
        <source>optional: a Host of ~/.ssh/config</source>
        <translation>opcional: un Host de ~/.ssh/config</translation>
    </message>
    <message>
        <source>default: ~/.ssh/known_hosts</source>
        <translation>predeterminado: ~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>default: ssh-agent and ~/.ssh/id_*</source>
        <translation>predeterminado: ssh-agent y ~/.ssh/id_*</translation>
    </message>
    <message>
        <source>optional: user@gateway:port, ...</source>
        <translation>opcional: usuario@pasarela:puerto, ...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>SSH &amp;alias:</source>
        <translation>&amp;Alias SSH:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation>Elija una clave privada</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Archivo known_&amp;hosts:</translation>
    </message>
    <message>
        <source>Choose a known_hosts File</source>
        <translation>Elija un archivo known_hosts</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>Servidores de &amp;salto:</translation>
    </message>
    <message>
        <source>&amp;CPU partition:</source>
        <translation>Partición &amp;CPU:</translation>
    </message>
    <message>
        <source>&amp;GPU partition:</source>
        <translation>Partición &amp;GPU:</translation>
    </message>
    <message>
        <source>GPU &amp;request (GRES):</source>
        <translation>&amp;Solicitud de GPU (GRES):</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dé un nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Ya existe un perfil llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Enter the login node&apos;s host name, or an alias of your ~/.ssh/config.</source>
        <translation>Introduzca el nombre del nodo de acceso o un alias de su ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Host and user names cannot contain spaces.</source>
        <translation>Los nombres de servidor y de usuario no pueden contener espacios.</translation>
    </message>
</context>
<context>
    <name>Patagon::RemoteFolderDialog</name>
    <message>
        <source>Fashion-MNIST (IDX files)</source>
        <translation>Fashion-MNIST (archivos IDX)</translation>
    </message>
    <message>
        <source>MNIST (IDX files)</source>
        <translation>MNIST (archivos IDX)</translation>
    </message>
    <message>
        <source>CIFAR-10 (binary batches)</source>
        <translation>CIFAR-10 (lotes binarios)</translation>
    </message>
    <message>
        <source>image folders (one folder per class)</source>
        <translation>carpetas de imágenes (una carpeta por clase)</translation>
    </message>
    <message>
        <source>A link to something that does not exist.</source>
        <translation>Un enlace a algo que no existe.</translation>
    </message>
    <message>
        <source>A file. Choose the folder that holds the files.</source>
        <translation>Un archivo. Elija la carpeta que contiene los archivos.</translation>
    </message>
    <message>
        <source>A link to a folder.</source>
        <translation>Un enlace a una carpeta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>There is no connection to the cluster.</source>
        <translation>No hay conexión con el clúster.</translation>
    </message>
    <message>
        <source>As a dataset, this folder holds %1.</source>
        <translation>Como conjunto de datos, esta carpeta contiene %1.</translation>
    </message>
    <message>
        <source>Only the first %L1 entries are shown: the folder holds more.</source>
        <translation>Solo se muestran las primeras %L1 entradas: la carpeta contiene más.</translation>
    </message>
    <message>
        <source>Folders: %L1, files: %L2</source>
        <translation>Carpetas: %L1, archivos: %L2</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>&amp;Choose “%1”</source>
        <translation>&amp;Elegir «%1»</translation>
    </message>
    <message>
        <source>Choose a Folder on %1</source>
        <translation>Elegir una carpeta en %1</translation>
    </message>
    <message>
        <source>Choose a Folder on the Cluster</source>
        <translation>Elegir una carpeta del clúster</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Up to the parent folder (Alt+Up, or Backspace in the list)</source>
        <translation>Subir a la carpeta superior (Alt+Arriba, o Retroceso en la lista)</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Your home folder on the cluster</source>
        <translation>Su carpeta personal en el clúster</translation>
    </message>
    <message>
        <source>A folder on the cluster: type a path and press Enter to go there (~ is your home folder).</source>
        <translation>Una carpeta del clúster: escriba una ruta y pulse Intro para ir allí (~ es su carpeta personal).</translation>
    </message>
    <message>
        <source>/path/on/the/cluster</source>
        <translation>/ruta/en/el/clúster</translation>
    </message>
    <message>
        <source>Show &amp;hidden files and folders</source>
        <translation>Mostrar archivos y carpetas &amp;ocultos</translation>
    </message>
</context>
<context>
    <name>Patagon::ResultsView</name>
    <message>
        <source>Try the model with your images</source>
        <translation>Pruebe el modelo con sus imágenes</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Download the run&apos;s results to</source>
        <translation>Descargar los resultados de la ejecución en</translation>
    </message>
    <message numerus="yes">
        <source>Uploading and predicting %n image(s)…</source>
        <translation>
            <numerusform>Subiendo y prediciendo %n imagen…</numerusform>
            <numerusform>Subiendo y prediciendo %n imágenes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message numerus="yes">
        <source>Test accuracy %1 % on %n image(s), test loss %2.</source>
        <translation>
            <numerusform>Exactitud de prueba %1 % en %n imagen, pérdida de prueba %2.</numerusform>
            <numerusform>Exactitud de prueba %1 % en %n imágenes, pérdida de prueba %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>sin imágenes</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <extracomment>A class the model answered and its confidence, e.g. &quot;Sneaker 87 %&quot;</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Evaluating the best checkpoint on the test set…</source>
        <translation>Evaluando el mejor punto de control en el conjunto de prueba…</translation>
    </message>
    <message>
        <source>Show a completed run to see its results.</source>
        <translation>Muestre una ejecución completada para ver sus resultados.</translation>
    </message>
    <message>
        <source>Results are there once the run has completed.</source>
        <translation>Los resultados estarán disponibles cuando la ejecución se haya completado.</translation>
    </message>
    <message>
        <source>Not connected. Connect to the cluster on the Connection page to evaluate, try or download this run&apos;s model.</source>
        <translation>Sin conexión. Conéctese al clúster en la página «Conexión» para evaluar, probar o descargar el modelo de esta ejecución.</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <source>Try &amp;it</source>
        <translation>&amp;Pruébelo</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descarga</translation>
    </message>
    <message>
        <source>Evaluate on the test set</source>
        <translation>Evaluar en el conjunto de prueba</translation>
    </message>
    <message>
        <source>Run the best checkpoint on the test set on the cluster: accuracy per class and the confusion matrix</source>
        <translation>Ejecuta el mejor punto de control sobre el conjunto de prueba en el clúster: exactitud por clase y matriz de confusión</translation>
    </message>
    <message>
        <source>Try it with your images…</source>
        <translation>Pruébelo con sus imágenes…</translation>
    </message>
    <message>
        <source>Upload PNG or JPEG images and see the model&apos;s top three answers</source>
        <translation>Suba imágenes PNG o JPEG y vea las tres respuestas más probables del modelo</translation>
    </message>
    <message>
        <source>Download results…</source>
        <translation>Descargar resultados…</translation>
    </message>
    <message>
        <source>Copy best.pt, metrics.jsonl and summary.json to this computer</source>
        <translation>Copia best.pt, metrics.jsonl y summary.json a este equipo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation>Matriz de confusión (filas: clase real, columnas: predicha)</translation>
    </message>
</context>
<context>
    <name>Patagon::RunActionBar</name>
    <message>
        <source>This fix cannot be made here: do it on the Containers or Packages page.</source>
        <translation>Esta corrección no se puede hacer aquí: hágala en la página Contenedores o Paquetes.</translation>
    </message>
    <message>
        <source>The batch script is ready. Read it on the Script page if you like, then submit it.</source>
        <translation>El script por lotes está listo. Si quiere, léalo en la página Script; después envíelo.</translation>
    </message>
    <message>
        <source>Open in Script page</source>
        <translation>Abrir en la página Script</translation>
    </message>
    <message>
        <source>Shows the script; nothing is submitted from there</source>
        <translation>Muestra el script; desde allí no se envía nada</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>The container %1 lacks what the trainer needs. Patagon Studio can fix it:</source>
        <translation>Al contenedor %1 le falta lo que necesita el entrenador. Patagon Studio puede corregirlo:</translation>
    </message>
    <message>
        <source>Creating the container %1 from %2…</source>
        <translation>Creando el contenedor %1 a partir de %2…</translation>
    </message>
    <message>
        <source>%1 in the container %2…</source>
        <translation>%1 en el contenedor %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The container %1 is ready and chosen for this run. Press Train again.</source>
        <translation>El contenedor %1 está listo y elegido para esta ejecución. Pulse Entrenar de nuevo.</translation>
    </message>
    <message>
        <source>Done. Press Train again: the container is checked anew.</source>
        <translation>Hecho. Pulse Entrenar de nuevo: el contenedor se vuelve a comprobar.</translation>
    </message>
    <message>
        <source>The fix did not work: %1</source>
        <translation>La corrección no funcionó: %1</translation>
    </message>
</context>
<context>
    <name>Patagon::RunListModel</name>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Run folder on the cluster: %1</source>
        <translation>Carpeta de la ejecución en el clúster: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitud de prueba</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>Patagon::RunProgressView</name>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Época %1 de %2</translation>
    </message>
    <message>
        <source>Job %1: %2. %3</source>
        <translation>Trabajo %1: %2. %3</translation>
    </message>
    <message>
        <source>Job %1: %2 on %3</source>
        <translation>Trabajo %1: %2 en %3</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Trabajo %1: %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Trabajo %1</translation>
    </message>
    <message>
        <source>Job %1 on node %2</source>
        <translation>Trabajo %1 en el nodo %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilar</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>%1: not needed this time</source>
        <translation>%1: no hizo falta esta vez</translation>
    </message>
    <message>
        <source>Build output</source>
        <translation>Salida de la compilación</translation>
    </message>
    <message>
        <source>What the toolchain check and the compiler printed</source>
        <translation>Lo que imprimieron la comprobación de herramientas y el compilador</translation>
    </message>
    <message>
        <source>Show logs</source>
        <translation>Ver registros</translation>
    </message>
    <message>
        <source>Follow the job&apos;s output on the Logs page</source>
        <translation>Seguir la salida del trabajo en la página Registros</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Abrir script</translation>
    </message>
    <message>
        <source>Open the batch script of this run on the Script page</source>
        <translation>Abrir el script de lote de esta ejecución en la página Script</translation>
    </message>
</context>
<context>
    <name>Patagon::RunsView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
    <message>
        <source>This run is in progress: cancel it or wait for it to end.</source>
        <translation>Esta ejecución está en curso: cancélela o espere a que termine.</translation>
    </message>
    <message>
        <source>Delete the selected records from this computer</source>
        <translation>Eliminar de este equipo los registros seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, state or container</source>
        <translation>Filtrar por nombre, estado o contenedor</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show this run&apos;s curves and details on the New run tab</source>
        <translation>Mostrar las curvas y los detalles de esta ejecución en la pestaña Nueva ejecución</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Draw the validation curves of the selected runs together</source>
        <translation>Dibujar juntas las curvas de validación de las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Fill the form with this run&apos;s settings</source>
        <translation>Rellenar el formulario con los ajustes de esta ejecución</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the record of %n run(s) from this computer? Their curves and settings are lost here; their jobs on the cluster are not touched.

%1</source>
        <translation>
            <numerusform>¿Borrar de este equipo el registro de %n ejecución? Sus curvas y su configuración se pierden aquí; su trabajo en el clúster no se toca.

%1</numerusform>
            <numerusform>¿Borrar de este equipo el registro de %n ejecuciones? Sus curvas y su configuración se pierden aquí; sus trabajos en el clúster no se tocan.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete their run folders on the cluster (checkpoints, metrics and logs)</source>
        <translation>Borrar también sus carpetas de ejecución en el clúster (puntos de control, métricas y registros)</translation>
    </message>
    <message>
        <source>Connect to the cluster to delete run folders there.</source>
        <translation>Conéctese al clúster para borrar allí carpetas de ejecución.</translation>
    </message>
    <message>
        <source>Deleting the run folder of %1 on the cluster…</source>
        <translation>Borrando la carpeta de ejecución de %1 en el clúster…</translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptForm</name>
    <message>
        <source>Job name:</source>
        <translation>Nombre del trabajo:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partición:</translation>
    </message>
    <message>
        <source>GRES (GPUs):</source>
        <translation>GRES (GPU):</translation>
    </message>
    <message>
        <source>CPUs per task:</source>
        <translation>CPU por tarea:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Límite de tiempo:</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Archivo de salida:</translation>
    </message>
    <message>
        <source>Error file:</source>
        <translation>Archivo de errores:</translation>
    </message>
    <message>
        <source>Mail when:</source>
        <translation>Avisar por correo cuando:</translation>
    </message>
    <message>
        <source>Mail to:</source>
        <translation>Correo a:</translation>
    </message>
    <message>
        <source>Job array:</source>
        <translation>Arreglo de trabajos:</translation>
    </message>
    <message>
        <source>Container image:</source>
        <translation>Imagen del contenedor:</translation>
    </message>
    <message>
        <source>Container name:</source>
        <translation>Nombre del contenedor:</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Otras opciones:</translation>
    </message>
    <message>
        <source>Becomes: %1</source>
        <translation>Resulta en: %1</translation>
    </message>
    <message>
        <source>Errors go to the output file.</source>
        <translation>Los errores van al archivo de salida.</translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptPage</name>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Nuevo desde plantilla</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Connect first: submitting needs a connection to the cluster.</source>
        <translation>Conéctese primero: para enviar se necesita una conexión con el clúster.</translation>
    </message>
    <message>
        <source>Open script</source>
        <translation>Abrir script</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>Guardar script</translation>
    </message>
    <message>
        <source>Slurm scripts (*.slurm *.sbatch *.sh);;All files (*)</source>
        <translation>Scripts de Slurm (*.slurm *.sbatch *.sh);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Submit this script to the cluster with sbatch.</source>
        <translation>Enviar este script al clúster con sbatch.</translation>
    </message>
    <message>
        <source>Open a script from this computer (%1).</source>
        <translation>Abrir un script de este ordenador (%1).</translation>
    </message>
    <message>
        <source>Open from the cluster…</source>
        <translation>Abrir desde el clúster…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the script where it came from (%1).</source>
        <translation>Guardar el script donde estaba (%1).</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save on the cluster…</source>
        <translation>Guardar en el clúster…</translation>
    </message>
    <message>
        <source>%1 on the cluster</source>
        <translation>%1 en el clúster</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Script nuevo</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The script has changes that are not saved. Discard them?</source>
        <translation>El script tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Open from the cluster</source>
        <translation>Abrir desde el clúster</translation>
    </message>
    <message>
        <source>Path of the script on the cluster:</source>
        <translation>Ruta del script en el clúster:</translation>
    </message>
    <message>
        <source>Save on the cluster</source>
        <translation>Guardar en el clúster</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Submit with errors?</source>
        <translation>¿Enviar con errores?</translation>
    </message>
    <message numerus="yes">
        <source>The checker found %n error(s) in this script; sbatch or the job will probably fail. Submit it anyway?</source>
        <translation>
            <numerusform>El comprobador encontró %n error en este script; es probable que sbatch o el trabajo fallen. ¿Enviarlo de todos modos?</numerusform>
            <numerusform>El comprobador encontró %n errores en este script; es probable que sbatch o el trabajo fallen. ¿Enviarlo de todos modos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptProblemView</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Corrección: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>Aplicar corrección</translation>
    </message>
    <message>
        <source>Changes the script as the button says; Ctrl+Z undoes it</source>
        <translation>Cambia el script como dice el botón; Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>The selected problem has no automatic fix</source>
        <translation>El problema elegido no tiene corrección automática</translation>
    </message>
</context>
<context>
    <name>Patagon::ScriptTemplates</name>
    <message>
        <source>The tutorial&apos;s job (MiTareaML)</source>
        <translation>El trabajo del tutorial (MiTareaML)</translation>
    </message>
    <message>
        <source>CPU job</source>
        <translation>Trabajo en CPU</translation>
    </message>
    <message>
        <source>GPU job in a container</source>
        <translation>Trabajo en GPU dentro de un contenedor</translation>
    </message>
    <message>
        <source>Job array</source>
        <translation>Arreglo de trabajos</translation>
    </message>
</context>
<context>
    <name>Patagon::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Archivo de configuración:</translation>
    </message>
</context>
<context>
    <name>Patagon::TerminalPage</name>
    <message>
        <source>Login node</source>
        <translation>Nodo de acceso</translation>
    </message>
    <message>
        <source>This shell runs in the container «%1» on %2 and holds a place on that node since %3. Type exit or close the tab to free it.</source>
        <translation>Este shell se ejecuta en el contenedor «%1» en %2 y ocupa un lugar en ese nodo desde %3. Escriba exit o cierre la pestaña para liberarlo.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminada)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;New terminal</source>
        <translation>&amp;Nueva terminal</translation>
    </message>
    <message>
        <source>A shell on the cluster&apos;s login node (Ctrl+Shift+T)</source>
        <translation>Un shell en el nodo de acceso del clúster (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <source>A terminal on the login node, for a quick command or a look at a file. For a shell inside a container on its compute node, use &quot;Open shell&quot; on the Containers page.</source>
        <translation>Una terminal en el nodo de acceso, para un comando rápido o para consultar un archivo. Para un shell dentro de un contenedor en su nodo de cómputo, use «Abrir shell» en la página Contenedores.</translation>
    </message>
    <message>
        <source>You are root inside the container (--container-remap-root): apt works, and what you change stays in the container.</source>
        <translation>Dentro del contenedor usted es root (--container-remap-root): apt funciona y lo que cambie queda en el contenedor.</translation>
    </message>
    <message>
        <source>%1 on %2 (root)</source>
        <translation>%1 en %2 (root)</translation>
    </message>
    <message>
        <source>Could not check that the closed shell&apos;s step ended: %1</source>
        <translation>No se pudo comprobar que terminó el paso del shell cerrado: %1</translation>
    </message>
    <message>
        <source>The closed shell&apos;s step was still running; it was cancelled, so the node is free.</source>
        <translation>El paso del shell cerrado seguía en ejecución; se canceló, así que el nodo queda libre.</translation>
    </message>
    <message>
        <source>Recorded: a replay of «%1» installs %2 too.</source>
        <translation>Registrado: una repetición de «%1» también instala %2.</translation>
    </message>
    <message>
        <source>Could not record it: %1</source>
        <translation>No se pudo registrar: %1</translation>
    </message>
</context>
<context>
    <name>Patagon::TerminalView</name>
    <message>
        <source>The session ended: %1 A terminal cannot survive a lost connection; open a new one.</source>
        <translation>La sesión terminó: %1 Una terminal no sobrevive a una conexión perdida; abra una nueva.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>La sesión se cerró.</translation>
    </message>
    <message>
        <source>The session ended (signal %1).</source>
        <translation>La sesión terminó (señal %1).</translation>
    </message>
    <message>
        <source>The session ended (exit status %1).</source>
        <translation>La sesión terminó (código de salida %1).</translation>
    </message>
    <message>
        <source>Open a new terminal</source>
        <translation>Abrir una terminal nueva</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>Volver a abrirla</translation>
    </message>
</context>
<context>
    <name>Patagon::TrainForm</name>
    <message>
        <source>&amp;Dataset folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>É&amp;pocas:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimizador:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>P&amp;recisión:</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>&amp;GPU:</translation>
    </message>
    <message>
        <source>T&amp;ime limit:</source>
        <translation>Límite de t&amp;iempo:</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Contenedor:</translation>
    </message>
    <message>
        <source>Pa&amp;rtition:</source>
        <translation>P&amp;artición:</translation>
    </message>
    <message>
        <source>GPU t&amp;ype:</source>
        <translation>Tipo de GP&amp;U:</translation>
    </message>
    <message>
        <source>A folder on the cluster, such as %1</source>
        <translation>Una carpeta en el clúster, como %1</translation>
    </message>
    <message>
        <source>The dataset&apos;s folder on the cluster (not on this computer): Fashion-MNIST or MNIST files, CIFAR-10 binary batches, or one folder of images per class.</source>
        <translation>La carpeta del conjunto de datos en el clúster (no en este equipo): archivos de Fashion-MNIST o MNIST, lotes binarios de CIFAR-10 o una carpeta de imágenes por clase.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Image folders (one per class)</source>
        <translation>Carpetas de imágenes (una por clase)</translation>
    </message>
    <message>
        <source>Detect: the format is read from the folder&apos;s files before anything is submitted.</source>
        <translation>Detectar: el formato se lee de los archivos de la carpeta antes de enviar nada.</translation>
    </message>
    <message>
        <source>smallcnn trains in minutes; resnet9 and resnet18 reach a higher accuracy on larger images.</source>
        <translation>smallcnn entrena en minutos; resnet9 y resnet18 logran mayor exactitud con imágenes más grandes.</translation>
    </message>
    <message>
        <source>How many times the trainer goes through the training images.</source>
        <translation>Cuántas veces recorre el entrenador las imágenes de entrenamiento.</translation>
    </message>
    <message>
        <source>Images per step on each GPU.</source>
        <translation>Imágenes por paso en cada GPU.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>0 uses the trainer&apos;s default for the optimizer.</source>
        <translation>0 usa el valor predeterminado del entrenador para el optimizador.</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momento</translation>
    </message>
    <message>
        <source>fp32 (full)</source>
        <translation>fp32 (completa)</translation>
    </message>
    <message>
        <source>bf16 (mixed)</source>
        <translation>bf16 (mixta)</translation>
    </message>
    <message>
        <source>One task per GPU; above 1 the trainer runs data-parallel.</source>
        <translation>Una tarea por GPU; con más de una, el entrenador reparte los datos en paralelo.</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>The job&apos;s time limit. Near it the trainer saves a checkpoint and the job is requeued to continue.</source>
        <translation>El límite de tiempo del trabajo. Cerca de él, el entrenador guarda un punto de control y el trabajo se reencola para continuar.</translation>
    </message>
    <message>
        <source>A named container with PyTorch (made on the Containers page): the trainer is built and runs in it.</source>
        <translation>Un contenedor con nombre que tenga PyTorch (creado en la página Contenedores): el entrenador se compila y se ejecuta en él.</translation>
    </message>
    <message>
        <source>a container name</source>
        <translation>un nombre de contenedor</translation>
    </message>
    <message>
        <source>gpu</source>
        <translation>gpu</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>A GPU model such as A100, or empty for any GPU of the partition.</source>
        <translation>Un modelo de GPU como A100, o vacío para cualquier GPU de la partición.</translation>
    </message>
    <message>
        <source>Choose a folder on the cluster</source>
        <translation>Elegir una carpeta del clúster</translation>
    </message>
    <message>
        <source>Connect to the cluster to browse its folders.</source>
        <translation>Conéctese al clúster para explorar sus carpetas.</translation>
    </message>
    <message>
        <source>Choose the Dataset Folder on This Computer</source>
        <translation>Elegir la carpeta del conjunto de datos en este equipo</translation>
    </message>
    <message>
        <source>This computer: %1 → uploaded before training</source>
        <translation>Este equipo: %1 → se sube antes de entrenar</translation>
    </message>
    <message>
        <source>The folder %1 on this computer is uploaded to the cluster before training, into patagon-datasets/%2 beside the run folders (files already there are not sent again).</source>
        <translation>La carpeta %1 de este equipo se sube al clúster antes de entrenar, a patagon-datasets/%2 junto a las carpetas de ejecución (los archivos que ya están allí no se vuelven a enviar).</translation>
    </message>
    <message>
        <source>The folder %1 on this computer is uploaded to %2 on the cluster before training (files already there are not sent again).</source>
        <translation>La carpeta %1 de este equipo se sube a %2 en el clúster antes de entrenar (los archivos que ya están allí no se vuelven a enviar).</translation>
    </message>
    <message>
        <source>Ru&amp;ns folder:</source>
        <translation>Carpeta de eje&amp;cuciones:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Upload from t&amp;his computer…</source>
        <translation>Subir desde es&amp;te equipo…</translation>
    </message>
    <message>
        <source>Train on a folder on this computer: it is uploaded to the cluster before training (files already there are not sent again).</source>
        <translation>Entrenar con una carpeta de este equipo: se sube al clúster antes de entrenar (los archivos que ya están allí no se vuelven a enviar).</translation>
    </message>
    <message>
        <source>&amp;Use a cluster folder</source>
        <translation>&amp;Usar una carpeta del clúster</translation>
    </message>
    <message>
        <source>Train on a folder that is on the cluster already</source>
        <translation>Entrenar con una carpeta que ya está en el clúster</translation>
    </message>
    <message>
        <source>$SCRATCH or /scratch/$USER when they exist, else ~/patagon-runs</source>
        <translation>$SCRATCH o /scratch/$USER si existen; si no, ~/patagon-runs</translation>
    </message>
    <message>
        <source>Where each run&apos;s folder goes on the cluster (checkpoints, metrics, logs). Empty: a patagon-runs folder in $SCRATCH or /scratch/$USER when one exists and may be written, else ~/patagon-runs.</source>
        <translation>Dónde va la carpeta de cada ejecución en el clúster (puntos de control, métricas, registros). Vacío: una carpeta patagon-runs en $SCRATCH o /scratch/$USER si existe y se puede escribir; si no, ~/patagon-runs.</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
</context>
<context>
    <name>Patagon::TrainPage</name>
    <message>
        <source>Epoch %1, step %2 of %3: loss %4, %5 images/s</source>
        <translation>Época %1, paso %2 de %3: pérdida %4, %5 imágenes/s</translation>
    </message>
    <message>
        <source>GPU %1: %2% busy, %3 of %4 GiB</source>
        <translation>GPU %1: %2 % de uso, %3 de %4 GiB</translation>
    </message>
    <message>
        <source>Reading the run&apos;s files failed (trying again): %1</source>
        <translation>No se pudieron leer los archivos de la ejecución (se vuelve a intentar): %1</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>No se pudo cancelar el trabajo: %1</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Cancelar el entrenamiento</translation>
    </message>
    <message>
        <source>Cancel job %1? The trainer saves a checkpoint first, and the run is recorded as cancelled.</source>
        <translation>¿Cancelar el trabajo %1? El entrenador guarda antes un punto de control y la ejecución queda registrada como cancelada.</translation>
    </message>
    <message>
        <source>Training finished. Test accuracy: %1.</source>
        <translation>Entrenamiento terminado. Exactitud de prueba: %1.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>Entrenamiento terminado.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>La ejecución se canceló.</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>La ejecución falló.</translation>
    </message>
    <message>
        <source>Watching run %1 again: it was still going when the app was closed.</source>
        <translation>Siguiendo de nuevo la ejecución %1: seguía en curso cuando se cerró la aplicación.</translation>
    </message>
    <message>
        <source>Runs are not recorded on this computer, so they will not be listed under Runs: %1</source>
        <translation>Las ejecuciones no se registran en este equipo, así que no aparecerán en Ejecuciones: %1</translation>
    </message>
    <message>
        <source>Run %1, %2: %3, test accuracy %4.</source>
        <translation>Ejecución %1, %2: %3, exactitud de prueba %4.</translation>
    </message>
    <message>
        <source>Run %1, %2: %3.</source>
        <translation>Ejecución %1, %2: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n recorded run(s).</source>
        <translation>
            <numerusform>Comparando %n ejecución registrada.</numerusform>
            <numerusform>Comparando %n ejecuciones registradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A recorded run, as it was stored.</source>
        <translation>Una ejecución registrada, tal como se guardó.</translation>
    </message>
    <message>
        <source>Back to the current run</source>
        <translation>Volver a la ejecución actual</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not connected. Connect to the cluster on the Connection page, then press Train.</source>
        <translation>Sin conexión. Conéctese al clúster en la página Conexión y pulse Entrenar.</translation>
    </message>
    <message>
        <source>A run is in progress. Wait for it to end or cancel it to start another.</source>
        <translation>Hay una ejecución en curso. Espere a que termine o cancélela para iniciar otra.</translation>
    </message>
    <message>
        <source>Build the trainer if needed and submit this run (%1)</source>
        <translation>Compilar el entrenador si hace falta y enviar esta ejecución (%1)</translation>
    </message>
    <message>
        <source>Stop the run (Esc). A submitted job is cancelled after asking.</source>
        <translation>Detener la ejecución (Esc). Un trabajo enviado se cancela tras preguntar.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1, %n epoch(s)</source>
        <translation>
            <numerusform>Próxima ejecución: %1, %n época</numerusform>
            <numerusform>Próxima ejecución: %1, %n épocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settings: %1, %n epoch(s)</source>
        <translation>
            <numerusform>Ajustes: %1, %n época</numerusform>
            <numerusform>Ajustes: %1, %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide this run&apos;s settings</source>
        <translation>Mostrar u ocultar los ajustes de esta ejecución</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>&amp;New run</source>
        <translation>&amp;Nueva ejecución</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Ejecuciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Review the script first</source>
        <translation>Revisar el script antes</translation>
    </message>
    <message>
        <source>Stop before submitting, so that the batch script can be read on the Script page</source>
        <translation>Detenerse antes de enviar, para poder leer el script por lotes en la página Script</translation>
    </message>
    <message>
        <source>Cancelling the job; the trainer saves a checkpoint first…</source>
        <translation>Cancelando el trabajo; el entrenador guarda antes un punto de control…</translation>
    </message>
</context>
<context>
    <name>Patagon::VerifyWizardPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Runs Python inside the new container to see whether PyTorch and CUDA are there.</source>
        <translation>Ejecuta Python dentro del nuevo contenedor para ver si están PyTorch y CUDA.</translation>
    </message>
    <message>
        <source>Running python3 in %1 on %2…</source>
        <translation>Ejecutando python3 en %1 en %2…</translation>
    </message>
    <message>
        <source>PyTorch %1 works in this container, and CUDA is available.</source>
        <translation>PyTorch %1 funciona en este contenedor y CUDA está disponible.</translation>
    </message>
    <message>
        <source>PyTorch %1 works in this container, but CUDA is not available here (no GPU on this node, or a CPU-only build).</source>
        <translation>PyTorch %1 funciona en este contenedor, pero CUDA no está disponible aquí (no hay GPU en este nodo o es una compilación solo para CPU).</translation>
    </message>
    <message>
        <source>The container works, but PyTorch is not installed in it. Install torch on the Packages page, or start from a PyTorch image such as nvcr.io#nvidia/pytorch:24.05-py3.</source>
        <translation>El contenedor funciona, pero PyTorch no está instalado en él. Instale torch en la página Paquetes o parta de una imagen de PyTorch como nvcr.io#nvidia/pytorch:24.05-py3.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Se detuvo la comprobación.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>No se pudo ejecutar la comprobación: %1</translation>
    </message>
    <message>
        <source>Show the &amp;output</source>
        <translation>Mostrar la &amp;salida</translation>
    </message>
</context>
</TS>
