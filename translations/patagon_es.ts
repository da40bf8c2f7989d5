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
        <translation>Uso: patagon-studio [opciones]
     patagon-studio &lt;comando&gt; [argumentos]

Sin comando, abre la ventana principal.

Comandos:
  demo --profile NOMBRE  Ejecuta un trabajo corto en el clúster y muestra cada paso
  profiles list          Lista los perfiles de conexión
  version                Muestra la versión y termina

Opciones de la ventana:
  --profile NOMBRE       Selecciona este perfil de conexión
  --page NOMBRE          Abre primero esta página (connection, containers,
                         packages, script, jobs, logs, train, settings)
  --lang CÓDIGO          Usa este idioma en esta ejecución (en, es)
  --screenshot ARCHIVO   Guarda una imagen de la ventana y termina
  -v, --version          Muestra la versión y termina
  -h, --help             Muestra esta ayuda y termina
</translation>
    </message>
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
        <source>The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Ask the administrators before you trust the new key.</source>
        <translation>La clave del servidor %1 ha CAMBIADO (ahora %2 %3). Alguien podría estar interceptando la conexión, o el servidor se reinstaló. Consulte a los administradores antes de confiar en la nueva clave.</translation>
    </message>
    <message>
        <source>The server %1 presented a %2 host key, but a key of another type is recorded for it. Ask the administrators which key is right.</source>
        <translation>El servidor %1 presentó una clave %2, pero tiene registrada una clave de otro tipo. Pregunte a los administradores cuál es la correcta.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2 %3). Connect once from the Connection page to check and accept it.</source>
        <translation>La clave del servidor %1 aún no es conocida (%2 %3). Conéctese una vez desde la página Conexión para comprobarla y aceptarla.</translation>
    </message>
    <message>
        <source>Could not check the host key of %1: %2.</source>
        <translation>No se pudo comprobar la clave del servidor %1: %2.</translation>
    </message>
    <message>
        <source>The profile has no key file to log in with. Choose one in the profile.</source>
        <translation>El perfil no tiene un archivo de clave para iniciar sesión. Elija uno en el perfil.</translation>
    </message>
    <message>
        <source>Could not read the key file &quot;%1&quot;. Check that it exists and that it is a private key without a passphrase.</source>
        <translation>No se pudo leer el archivo de clave «%1». Compruebe que existe y que es una clave privada sin frase de contraseña.</translation>
    </message>
    <message>
        <source>The server %1 refused the key &quot;%2&quot;. Check that its public half is in ~/.ssh/authorized_keys on the cluster.</source>
        <translation>El servidor %1 rechazó la clave «%2». Compruebe que su parte pública está en ~/.ssh/authorized_keys en el clúster.</translation>
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
        <source>Connect to the cluster&apos;s login node over SSH, with your key, password or one-time code, and keep your connection profiles.</source>
        <translation>Conéctese al nodo de acceso del clúster por SSH, con su clave, contraseña o código de un solo uso, y guarde sus perfiles de conexión.</translation>
    </message>
    <message>
        <source>Import a container image on the compute node and keep it under a name, with your registry credentials.</source>
        <translation>Importe una imagen de contenedor en el nodo de cómputo y guárdela con un nombre, con sus credenciales del registro.</translation>
    </message>
    <message>
        <source>Install Python and system packages inside your container and keep a record of them.</source>
        <translation>Instale paquetes de Python y del sistema dentro de su contenedor y lleve un registro de ellos.</translation>
    </message>
    <message>
        <source>Write the Slurm batch script with a form and a text editor that stay in step.</source>
        <translation>Escriba el script de lote de Slurm con un formulario y un editor de texto que se mantienen sincronizados.</translation>
    </message>
    <message>
        <source>Submit jobs, watch them wait and run, and cancel them.</source>
        <translation>Envíe trabajos, vea cómo esperan y se ejecutan, y cancélelos.</translation>
    </message>
    <message>
        <source>Follow the output of a job as it grows.</source>
        <translation>Siga la salida de un trabajo a medida que crece.</translation>
    </message>
    <message>
        <source>Train an image classifier on the GPU node with one click and watch loss and accuracy.</source>
        <translation>Entrene un clasificador de imágenes en el nodo GPU con un clic y observe la pérdida y la exactitud.</translation>
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
</context>
<context>
    <name>Patagon::PlaceholderPage</name>
    <message>
        <source>This page is not yet available in this version.</source>
        <translation>Esta página aún no está disponible en esta versión.</translation>
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
</TS>
