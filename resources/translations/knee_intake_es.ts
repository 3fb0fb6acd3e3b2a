<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>The backup folder {0} is not there (a USB drive unplugged, or a network share not connected), so no backup can be made. Reconnect it, or choose another folder in Backups…</source>
        <translation>La carpeta de copias {0} no está disponible (una memoria USB desconectada o una carpeta de red sin conectar), así que no se puede hacer ninguna copia. Vuelva a conectarla o elija otra carpeta en Copias de seguridad…</translation>
    </message>
    <message>
        <source>There has been no backup yet. Open Backups… to see why.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad. Abra Copias de seguridad… para ver por qué.</translation>
    </message>
    <message>
        <source>There has been no good backup since {0}. Open Backups… to see why.</source>
        <translation>No hay ninguna copia de seguridad correcta desde {0}. Abra Copias de seguridad… para ver por qué.</translation>
    </message>
    <message>
        <source>the folder was not there</source>
        <translation>la carpeta no estaba disponible</translation>
    </message>
    <message>
        <source>the copy did not pass its check</source>
        <translation>la copia no superó su comprobación</translation>
    </message>
    <message>
        <source>the disk was full</source>
        <translation>el disco estaba lleno</translation>
    </message>
    <message>
        <source>the folder could not be written to</source>
        <translation>no se pudo escribir en la carpeta</translation>
    </message>
    <message>
        <source>an unexpected problem</source>
        <translation>un problema inesperado</translation>
    </message>
    <message>
        <source>The last attempt, {0}, failed: {1}.</source>
        <translation>El último intento, {0}, falló: {1}.</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Dónde se guardan las copias</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Recuperar una copia</translation>
    </message>
    <message>
        <source>Backups and encryption</source>
        <translation>Copias de seguridad y cifrado</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Admisiones</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Hecha por</translation>
    </message>
    <message>
        <source>Change the key…</source>
        <translation>Cambiar la clave…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Recuperar la seleccionada…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The records are encrypted. This computer keeps the key in {0}.</source>
        <translation>Las fichas están cifradas. Este ordenador guarda la clave en {0}.</translation>
    </message>
    <message>
        <source>Backups go to: {0}</source>
        <translation>Las copias se guardan en: {0}</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Todavía no hay ninguna copia.</translation>
    </message>
    <message>
        <source>Last good backup: {0} ({1} patients, {2} intakes).</source>
        <translation>Última copia correcta: {0} ({1} pacientes, {2} admisiones).</translation>
    </message>
    <message>
        <source>These backups are on the same disk as the records: they help after a mistake, not after the disk fails or the PC is stolen. Choose a second disk, a USB drive or a network share.</source>
        <translation>Estas copias están en el mismo disco que las fichas: sirven tras un error, no si el disco falla o roban el ordenador. Elija otro disco, una memoria USB o una carpeta de red.</translation>
    </message>
    <message>
        <source>Under a key this computer does not have</source>
        <translation>Con una clave que este ordenador no tiene</translation>
    </message>
    <message>
        <source>A newer version of Knee Intake</source>
        <translation>Una versión más nueva de Knee Intake</translation>
    </message>
    <message>
        <source>The backup folder is not there. Plug the drive in or connect the share, or choose another folder.</source>
        <translation>La carpeta de copias no está disponible. Conecte la unidad o la carpeta de red, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was deleted. Try again; if it fails again, choose another folder.</source>
        <translation>La copia no superó su comprobación y se ha borrado. Inténtelo de nuevo; si vuelve a fallar, elija otra carpeta.</translation>
    </message>
    <message>
        <source>The backup could not be written there (the disk may be full, or the folder read-only).</source>
        <translation>No se pudo escribir la copia ahí (puede que el disco esté lleno o la carpeta sea de solo lectura).</translation>
    </message>
    <message>
        <source>Backed up and checked: {0} patients, {1} intakes.</source>
        <translation>Copia hecha y comprobada: {0} pacientes, {1} admisiones.</translation>
    </message>
    <message>
        <source>That is not a folder.</source>
        <translation>Eso no es una carpeta.</translation>
    </message>
    <message>
        <source>Backups now go to {0}. The next one is taken within the day; press Back up now to take one straight away.</source>
        <translation>Las copias se guardan ahora en {0}. La próxima se hará en el día; pulse Hacer copia ahora para hacer una en este momento.</translation>
    </message>
    <message>
        <source>Choose a backup this computer can open.</source>
        <translation>Elija una copia que este ordenador pueda abrir.</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of Knee Intake. Update this computer first.</source>
        <translation>Esa copia se hizo con una versión más nueva de Knee Intake. Actualice primero este ordenador.</translation>
    </message>
    <message>
        <source>Replace the current records with the backup taken {0}? It holds {1} patients and {2} intakes. The current records are backed up first, and everyone signed in here is signed out.</source>
        <translation>¿Sustituir las fichas actuales por la copia hecha el {0}? Contiene {1} pacientes y {2} admisiones. Antes se hace una copia de las fichas actuales, y se cierra la sesión de todas las personas conectadas aquí.</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of Knee Intake.</source>
        <translation>Esa copia se hizo con una versión más nueva de Knee Intake.</translation>
    </message>
    <message>
        <source>Knee Intake is open in another window on this PC (the patient form or the kiosk). Close it and try again. Nothing was changed.</source>
        <translation>Knee Intake está abierto en otra ventana de este ordenador (el formulario del paciente o el quiosco). Ciérrela e inténtelo de nuevo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restored. The records as they were before are kept in {0}.</source>
        <translation>Recuperada. Las fichas tal como estaban antes se guardan en {0}.</translation>
    </message>
    <message>
        <source>The key is changed. Backups made before now still need the old recovery key.</source>
        <translation>La clave se ha cambiado. Las copias hechas antes de ahora siguen necesitando la clave de recuperación anterior.</translation>
    </message>
    <message>
        <source>Knee Intake is open in another window on this PC (the patient form or the kiosk). Close it and try again. The key was not changed.</source>
        <translation>Knee Intake está abierto en otra ventana de este ordenador (el formulario del paciente o el quiosco). Ciérrela e inténtelo de nuevo. La clave no se ha cambiado.</translation>
    </message>
    <message>
        <source>This key opens the clinic’s encrypted patient records on any computer. Keep this page locked away from the computer, where only the clinic’s administrators can reach it.</source>
        <translation>Esta clave abre las fichas cifradas de los pacientes de la clínica en cualquier ordenador. Guarde esta hoja bajo llave, lejos del ordenador, donde solo lleguen los administradores de la clínica.</translation>
    </message>
    <message>
        <source>To open the records on another computer, or after this computer’s key store is lost, run: knee-intake-admin unlock</source>
        <translation>Para abrir las fichas en otro ordenador, o si se pierde el almacén de claves de este ordenador, ejecute: knee-intake-admin unlock</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>Cambiar la clave de la base de datos</translation>
    </message>
    <message>
        <source>Write down the recovery key</source>
        <translation>Anote la clave de recuperación</translation>
    </message>
    <message>
        <source>This will be the new recovery key. Once you confirm it, the records are encrypted with it, and the old recovery key only opens backups made before today.</source>
        <translation>Esta será la nueva clave de recuperación. Cuando la confirme, las fichas se cifrarán con ella, y la clave de recuperación anterior solo abrirá las copias hechas antes de hoy.</translation>
    </message>
    <message>
        <source>Knee Intake encrypts the clinic’s patient records. This computer keeps the key, so nobody has to type it. If this computer’s key store is lost, or the records move to another computer, only this recovery key opens them. Write it down or print it, and keep it locked away from this computer.</source>
        <translation>Knee Intake cifra las fichas de los pacientes de la clínica. Este ordenador guarda la clave, así que nadie tiene que escribirla. Si se pierde el almacén de claves de este ordenador, o las fichas pasan a otro ordenador, solo esta clave de recuperación las abre. Anótela o imprímala y guárdela bajo llave, lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>To confirm you have it, type group {0} and group {1} from what you wrote down (groups of four, counted from the left).</source>
        <translation>Para confirmar que la tiene, escriba el grupo {0} y el grupo {1} de lo que anotó (grupos de cuatro, contando desde la izquierda).</translation>
    </message>
    <message>
        <source>Group {0}:</source>
        <translation>Grupo {0}:</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Cambiar la clave</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya la he anotado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remind me next time</source>
        <translation>Recordármelo la próxima vez</translation>
    </message>
    <message>
        <source>That is not what the key has in those groups. Check what you wrote down against the key above.</source>
        <translation>Eso no es lo que tiene la clave en esos grupos. Compare lo que anotó con la clave de arriba.</translation>
    </message>
    <message>
        <source>Backups and the database key are for administrators.</source>
        <translation>Las copias de seguridad y la clave de la base de datos son para administradores.</translation>
    </message>
    <message>
        <source>Not sent: {0}. Check the server, the port, the security and the account.</source>
        <translation>No enviado: {0}. Revise el servidor, el puerto, la seguridad y la cuenta.</translation>
    </message>
    <message>
        <source>The server stopped answering as it took the message: check your inbox.</source>
        <translation>El servidor dejó de responder mientras recibía el mensaje: mire su bandeja de entrada.</translation>
    </message>
    <message>
        <source>Sent to {0}: check that it arrived.</source>
        <translation>Enviado a {0}: compruebe que ha llegado.</translation>
    </message>
    <message>
        <source>“{0}” is not a step. Write a reminder, call or letter and its day, e.g. call 14.</source>
        <translation>«{0}» no es un paso. Escriba un aviso, una llamada o una carta y su día, p. ej. llamada 14.</translation>
    </message>
    <message>
        <source>Two steps fall on the same day.</source>
        <translation>Dos pasos caen el mismo día.</translation>
    </message>
    <message>
        <source>Let it go after the last step&apos;s day.</source>
        <translation>Abandone el seguimiento después del día del último paso.</translation>
    </message>
    <message>
        <source>At most 10 steps, each on a day from 0 to 365.</source>
        <translation>Como máximo 10 pasos, cada uno en un día del 0 al 365.</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source> days after it was due</source>
        <translation> días después de su fecha</translation>
    </message>
    <message>
        <source>Each step and the day after the due date it falls on. Defaults: reminder 0, reminder 7, call 14, call 21, letter 28, let go after 42 (two reminders, two calls and a letter, as registries that keep their patients answering do).</source>
        <translation>Cada paso y el día después de la fecha prevista en que cae. Por defecto: aviso 0, aviso 7, llamada 14, llamada 21, carta 28, abandonar a los 42 (dos avisos, dos llamadas y una carta, como hacen los registros que consiguen que sus pacientes respondan).</translation>
    </message>
    <message>
        <source>e.g. mail.riverside-clinic.example</source>
        <translation>p. ej. mail.clinica-riverside.example</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente el puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS desde el principio (normalmente el puerto 465)</translation>
    </message>
    <message>
        <source>Your own address</source>
        <translation>Su propia dirección</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>Leave the server empty to send no e-mail. Reminders go only to patients who said e-mail is OK, and say only that their knee follow-up is due, with this phone number.</source>
        <translation>Deje el servidor vacío para no enviar correos. Los avisos solo van a pacientes que aceptaron el correo electrónico, y solo dicen que les toca el seguimiento de la rodilla, con este número de teléfono.</translation>
    </message>
    <message>
        <source>The ladder</source>
        <translation>La pauta</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Let the follow-up go</source>
        <translation>Abandonar el seguimiento</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Patients call</source>
        <translation>Los pacientes llaman al</translation>
    </message>
    <message>
        <source>E-mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probarlo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The From address is not an e-mail address.</source>
        <translation>La dirección del remitente no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter the server first.</source>
        <translation>Escriba primero el servidor.</translation>
    </message>
    <message>
        <source>Enter the address to send the test to.</source>
        <translation>Escriba la dirección a la que enviar la prueba.</translation>
    </message>
    <message>
        <source>e-mail reminders on</source>
        <translation>avisos por correo activados</translation>
    </message>
    <message>
        <source>no e-mail reminders</source>
        <translation>sin avisos por correo</translation>
    </message>
    <message>
        <source>{0}; {1}: change…</source>
        <translation>{0}; {1}: cambiar…</translation>
    </message>
    <message>
        <source>Someone else took this step a moment ago: the list shows it now.</source>
        <translation>Otra persona acaba de dar este paso: la lista ya lo muestra.</translation>
    </message>
    <message>
        <source>This follow-up is no longer open: the list shows it as it is now.</source>
        <translation>Este seguimiento ya no está abierto: la lista lo muestra como está ahora.</translation>
    </message>
    <message>
        <source>Nothing is due for this follow-up today.</source>
        <translation>Hoy no toca nada para este seguimiento.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se ha guardado.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>No se ha impreso.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>localizado</translation>
    </message>
    <message>
        <source>left a message</source>
        <translation>mensaje dejado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no contesta</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>número equivocado</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impresa</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>por SMS</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>e-mail waiting: the server did not take it yet, it is tried again</source>
        <translation>correo en espera: el servidor aún no lo ha aceptado, se volverá a intentar</translation>
    </message>
    <message>
        <source>e-mail sent</source>
        <translation>correo enviado</translation>
    </message>
    <message>
        <source>e-mail not sent: remind them another way</source>
        <translation>correo no enviado: avise de otra forma</translation>
    </message>
    <message>
        <source>e-mail may have gone: the server stopped answering as it took it</source>
        <translation>puede que el correo se haya enviado: el servidor dejó de responder mientras lo recibía</translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation>Seguimientos de hoy</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>To do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>Hecho hasta ahora</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contesta</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Reminded by text</source>
        <translation>Avisado por SMS</translation>
    </message>
    <message>
        <source>Reminded by phone</source>
        <translation>Avisado por teléfono</translation>
    </message>
    <message>
        <source>Print the letter…</source>
        <translation>Imprimir la carta…</translation>
    </message>
    <message>
        <source>Save the letter as PDF…</source>
        <translation>Guardar la carta como PDF…</translation>
    </message>
    <message>
        <source>Enter the answers…</source>
        <translation>Introducir las respuestas…</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Abrir ficha</translation>
    </message>
    <message>
        <source>Let this follow-up go</source>
        <translation>Abandonar este seguimiento</translation>
    </message>
    <message>
        <source>Why let it go (for the record)</source>
        <translation>Por qué se abandona (para la ficha)</translation>
    </message>
    <message>
        <source>Today&apos;s letters as one PDF…</source>
        <translation>Las cartas de hoy en un solo PDF…</translation>
    </message>
    <message>
        <source>{0} follow-ups due or overdue; {1} with a step to take today, {2} of them a letter. The ladder: {3}; let go after {4} days.</source>
        <translation>{0} seguimientos pendientes o atrasados; {1} con un paso que dar hoy, {2} de ellos una carta. La pauta: {3}; abandonar a los {4} días.</translation>
    </message>
    <message>
        <source>{0} on day {1}</source>
        <translation>{0} el día {1}</translation>
    </message>
    <message>
        <source>Nothing today: waiting for the next step or the answers</source>
        <translation>Nada hoy: a la espera del siguiente paso o de las respuestas</translation>
    </message>
    <message>
        <source>{0} {1}, due since {2}</source>
        <translation>{0} {1}, pendiente desde {2}</translation>
    </message>
    <message>
        <source>by e-mail, soon</source>
        <translation>por correo electrónico, en breve</translation>
    </message>
    <message>
        <source>Nobody is due today.</source>
        <translation>Hoy no le toca a nadie.</translation>
    </message>
    <message>
        <source>No letter is due today.</source>
        <translation>Hoy no toca ninguna carta.</translation>
    </message>
    <message>
        <source>Say why it is let go: the patient is picked up at the next follow-up.</source>
        <translation>Diga por qué se abandona: el paciente se retoma en el siguiente seguimiento.</translation>
    </message>
    <message>
        <source>Your knee: questions before your visit</source>
        <translation>Su rodilla: preguntas antes de la consulta</translation>
    </message>
    <message>
        <source>Please answer in pen. Tick one box for each question, unless it says to tick all that apply. Questions marked * need an answer. Bring or send the form back to the clinic.</source>
        <translation>Responda con bolígrafo. Marque una casilla en cada pregunta, salvo si dice que marque todas las que correspondan. Las preguntas marcadas con * necesitan respuesta. Traiga o envíe el formulario a la clínica.</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Marque todas las que correspondan.</translation>
    </message>
    <message>
        <source>Only if you answered “{0}” to question {1}.</source>
        <translation>Solo si respondió «{0}» a la pregunta {1}.</translation>
    </message>
    <message>
        <source>Only if it applies to you.</source>
        <translation>Solo si es su caso.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Otro:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation>Lo he leído y estoy de acuerdo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Your name in capitals</source>
        <translation>Su nombre en mayúsculas</translation>
    </message>
    <message>
        <source>For the clinic: entered by ____________ on ____________</source>
        <translation>Para la clínica: introducido por ____________ el ____________</translation>
    </message>
    <message>
        <source>Form {0}, version {1}</source>
        <translation>Formulario {0}, versión {1}</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>To keep your answers private, they will be cleared when the count reaches zero.</source>
        <translation>Para proteger sus respuestas, se borrarán cuando la cuenta llegue a cero.</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <source>Your answers from a moment ago are back. Please carry on.</source>
        <translation>Sus respuestas de hace un momento han vuelto. Puede continuar.</translation>
    </message>
    <message>
        <source>The form was cleared because nobody used it for a while, to keep the answers private.</source>
        <translation>El formulario se borró porque nadie lo usó durante un rato, para proteger las respuestas.</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Responda a esta pregunta, por favor.</translation>
    </message>
    <message>
        <source>Please keep this shorter: at most {limit} characters.</source>
        <translation>Escriba algo más corto: como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Please enter a whole number, for example 5.</source>
        <translation>Escriba un número entero, por ejemplo 5.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 72.5.</source>
        <translation>Escriba un número, por ejemplo 72,5.</translation>
    </message>
    <message>
        <source>Please enter a number from {minimum} to {maximum}.</source>
        <translation>Escriba un número del {minimum} al {maximum}.</translation>
    </message>
    <message>
        <source>Please enter {minimum} or more.</source>
        <translation>Escriba {minimum} o más.</translation>
    </message>
    <message>
        <source>Please enter {maximum} or less.</source>
        <translation>Escriba {maximum} o menos.</translation>
    </message>
    <message>
        <source>Please fill in the day, the month and the year.</source>
        <translation>Rellene el día, el mes y el año, por favor.</translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day, month and year.</source>
        <translation>Esa fecha no existe. Revise el día, el mes y el año.</translation>
    </message>
    <message>
        <source>Your date of birth cannot be in the future.</source>
        <translation>Su fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>Please check the year: that is more than {years} years ago.</source>
        <translation>Revise el año: eso fue hace más de {years} años.</translation>
    </message>
    <message>
        <source>That does not look like a phone number. Please check it, including the area code.</source>
        <translation>Eso no parece un número de teléfono. Revíselo, con el prefijo incluido.</translation>
    </message>
    <message>
        <source>That does not look like an email address, for example name@example.com.</source>
        <translation>Eso no parece un correo electrónico, por ejemplo nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Some of these characters cannot be stored. Please type the answer again.</source>
        <translation>Algunos de estos caracteres no se pueden guardar. Escriba la respuesta otra vez.</translation>
    </message>
    <message>
        <source>Please write the name in letters.</source>
        <translation>Escriba el nombre con letras, por favor.</translation>
    </message>
    <message>
        <source>This answer could not be read. Please answer the question again.</source>
        <translation>No se pudo leer esta respuesta. Responda otra vez a la pregunta.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Revise esta respuesta, por favor.</translation>
    </message>
    <message>
        <source>The records database is busy: another program is using it. Please try again in a moment.</source>
        <translation>La base de datos está ocupada: otro programa la está usando. Inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <source>The records database is read-only. Please ask a member of staff. (Data file: {path})</source>
        <translation>La base de datos es de solo lectura. Pregunte a alguien del personal. (Archivo de datos: {path})</translation>
    </message>
    <message>
        <source>The records database is damaged. Please ask a member of staff to restore it from a backup. (Data file: {path})</source>
        <translation>La base de datos está dañada. Pida a alguien del personal que la recupere de una copia de seguridad. (Archivo de datos: {path})</translation>
    </message>
    <message>
        <source>The data folder cannot be created or opened. Please ask a member of staff. (Data file: {path})</source>
        <translation>No se puede crear ni abrir la carpeta de datos. Pregunte a alguien del personal. (Archivo de datos: {path})</translation>
    </message>
    <message>
        <source>The disk is full. Please ask a member of staff.</source>
        <translation>El disco está lleno. Pregunte a alguien del personal.</translation>
    </message>
    <message>
        <source>The records database was last used by a newer version of Knee Intake. Please ask a member of staff to update this computer. (Data file: {path})</source>
        <translation>La base de datos se usó por última vez con una versión más nueva de Knee Intake. Pida a alguien del personal que actualice este ordenador. (Archivo de datos: {path})</translation>
    </message>
    <message>
        <source>The records database could not be brought up to this version of Knee Intake. It has been left exactly as it was, with a backup beside it. Please ask a member of staff to contact support. (Data file: {path})</source>
        <translation>No se pudo adaptar la base de datos a esta versión de Knee Intake. Se ha dejado tal como estaba, con una copia de seguridad al lado. Pida a alguien del personal que contacte con el soporte técnico. (Archivo de datos: {path})</translation>
    </message>
    <message>
        <source>The records database is encrypted, and this computer does not have its key (or the file is damaged). Please ask an administrator to unlock it with the recovery key. (Data file: {path})</source>
        <translation>La base de datos está cifrada y este ordenador no tiene su clave (o el archivo está dañado). Pida a un administrador que la desbloquee con la clave de recuperación. (Archivo de datos: {path})</translation>
    </message>
    <message>
        <source>The records database cannot be opened with this computer&apos;s key: it is damaged, or it was encrypted on another computer. Please ask an administrator to unlock it with its recovery key or restore a backup. (Data file: {path})</source>
        <translation>La base de datos no se puede abrir con la clave de este ordenador: está dañada o se cifró en otro ordenador. Pida a un administrador que la desbloquee con su clave de recuperación o que recupere una copia de seguridad. (Archivo de datos: {path})</translation>
    </message>
    <message>
        <source>You were signed out on the clinic&apos;s main computer ({path}) after a while without use. Sign out here and sign in again.</source>
        <translation>Se cerró su sesión en el ordenador principal de la clínica ({path}) después de un rato sin uso. Cierre la sesión aquí y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>The clinic&apos;s main computer (the host, {path}) does not answer. Check that it is switched on and Knee Intake is open on it, then try again.</source>
        <translation>El ordenador principal de la clínica ({path}) no responde. Compruebe que está encendido y que Knee Intake está abierto en él, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is an unexpected problem with the records database. Please ask a member of staff. (Data file: {path})</source>
        <translation>Hay un problema inesperado con la base de datos. Pregunte a alguien del personal. (Archivo de datos: {path})</translation>
    </message>
    <message>
        <source>Your answers are still here, but they could not be saved.</source>
        <translation>Sus respuestas siguen aquí, pero no se han podido guardar.</translation>
    </message>
    <message>
        <source>Intakes cannot be saved right now.</source>
        <translation>Ahora mismo no se pueden guardar las respuestas.</translation>
    </message>
    <message>
        <source>Could not save {0} in {1}: the folder is missing, full or not yours to write in. Choose another folder, for example Documents.</source>
        <translation>No se pudo guardar {0} en {1}: la carpeta no existe, está llena o no tiene permiso para escribir en ella. Elija otra carpeta, por ejemplo Documentos.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Please look at the questions marked in red.</source>
        <translation>Revise las preguntas marcadas en rojo, por favor.</translation>
    </message>
    <message>
        <source>Your clinic would like to know how your knee is now. There are a few short questions; it takes about five minutes.</source>
        <translation>Su clínica quiere saber cómo está ahora su rodilla. Son unas pocas preguntas cortas; se tarda unos cinco minutos.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation>Hola, {0}</translation>
    </message>
    <message>
        <source>Knee Intake</source>
        <translation>Knee Intake</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Touch your language to start</source>
        <translation>Toque su idioma para empezar</translation>
    </message>
    <message>
        <source>Most people finish in about a minute.</source>
        <translation>La mayoría de las personas termina en un minuto, más o menos.</translation>
    </message>
    <message>
        <source>Most people finish in about {0} minutes.</source>
        <translation>La mayoría de las personas termina en unos {0} minutos.</translation>
    </message>
    <message>
        <source>Please tell us about your knee before your visit.</source>
        <translation>Cuéntenos cómo está su rodilla antes de la consulta.</translation>
    </message>
    <message>
        <source>Your answers go to the clinic&apos;s staff only.</source>
        <translation>Sus respuestas solo las verá el personal de la clínica.</translation>
    </message>
    <message>
        <source>About the treatment</source>
        <translation>Sobre el tratamiento</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go on to the questions</source>
        <translation>Ir a las preguntas</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Paso {0} de {1}: {2}</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Revise sus respuestas, por favor</translation>
    </message>
    <message>
        <source>Touch “Change” to go back to a part.</source>
        <translation>Toque «Cambiar» para volver a una parte.</translation>
    </message>
    <message>
        <source>My answers are right</source>
        <translation>Mis respuestas están bien</translation>
    </message>
    <message>
        <source>(nothing answered)</source>
        <translation>(sin responder)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Sign in the box with your finger:</source>
        <translation>Firme en el recuadro con el dedo:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Firmar y enviar</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Your answers have been sent to the clinic.</source>
        <translation>Sus respuestas se han enviado a la clínica.</translation>
    </message>
    <message>
        <source>Please give the tablet back at the reception desk.</source>
        <translation>Devuelva la tableta en el mostrador de recepción, por favor.</translation>
    </message>
    <message>
        <source>If you would like a printed copy of your answers, ask there.</source>
        <translation>Si desea una copia impresa de sus respuestas, pídala allí.</translation>
    </message>
    <message>
        <source>Print a copy of my answers</source>
        <translation>Imprimir una copia de mis respuestas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <source>Sign in to leave the patient screen.</source>
        <translation>Inicie sesión para salir de la pantalla del paciente.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>Revisar mis respuestas</translation>
    </message>
    <message>
        <source>Please tick “I have read this and I agree”.</source>
        <translation>Marque «Lo he leído y estoy de acuerdo», por favor.</translation>
    </message>
    <message>
        <source>Please sign in the box with your finger.</source>
        <translation>Firme en el recuadro con el dedo, por favor.</translation>
    </message>
    <message>
        <source>Too many wrong tries: ask an administrator.</source>
        <translation>Demasiados intentos fallidos: pregunte a un administrador.</translation>
    </message>
    <message>
        <source>That user name and password do not match.</source>
        <translation>El nombre de usuario y la contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Close Knee Intake?</source>
        <translation>¿Cerrar Knee Intake?</translation>
    </message>
    <message>
        <source>The answers on screen have not been submitted.</source>
        <translation>Las respuestas de la pantalla no se han enviado.</translation>
    </message>
    <message>
        <source>If you close now, they will be lost.</source>
        <translation>Si cierra ahora, se perderán.</translation>
    </message>
    <message>
        <source>Keep filling in</source>
        <translation>Seguir respondiendo</translation>
    </message>
    <message>
        <source>Close and lose the answers</source>
        <translation>Cerrar y perder las respuestas</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>No relacionado</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Possibly</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Probably</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Certainly</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>1 · Mild</source>
        <translation>1 · Leve</translation>
    </message>
    <message>
        <source>2 · Moderate</source>
        <translation>2 · Moderado</translation>
    </message>
    <message>
        <source>3 · Severe</source>
        <translation>3 · Grave</translation>
    </message>
    <message>
        <source>4 · Life-threatening</source>
        <translation>4 · Potencialmente mortal</translation>
    </message>
    <message>
        <source>5 · Death</source>
        <translation>5 · Muerte</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Recuperándose</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>No recuperado</translation>
    </message>
    <message>
        <source>Recovered with lasting effects</source>
        <translation>Recuperado con secuelas</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Mortal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Rate the problems reported</source>
        <translation>Valorar los problemas comunicados</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Caused by the treatment?</source>
        <translation>¿Lo causó el tratamiento?</translation>
    </message>
    <message>
        <source>Severity (CTCAE grade)</source>
        <translation>Gravedad (grado CTCAE)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rate each problem once you have spoken with the patient. A problem rated is marked reviewed; a rating can be changed later, and the trail keeps both.</source>
        <translation>Valore cada problema después de hablar con el paciente. Un problema valorado queda marcado como revisado; la valoración se puede cambiar más adelante, y el registro guarda ambas.</translation>
    </message>
    <message>
        <source>Save ratings</source>
        <translation>Guardar valoraciones</translation>
    </message>
    <message>
        <source>Choose whether the treatment caused it and how severe it was.</source>
        <translation>Elija si el tratamiento lo causó y qué gravedad tuvo.</translation>
    </message>
    <message>
        <source>Choose how it ended, or Unknown.</source>
        <translation>Elija cómo terminó, o Desconocido.</translation>
    </message>
    <message>
        <source>Grade 5 means the patient died: its outcome is Fatal, and no other grade’s is.</source>
        <translation>El grado 5 significa que el paciente falleció: su desenlace es Mortal, y el de ningún otro grado lo es.</translation>
    </message>
    <message>
        <source>Rate at least one problem, or Cancel.</source>
        <translation>Valore al menos un problema, o pulse Cancelar.</translation>
    </message>
    <message>
        <source>Results at this clinic</source>
        <translation>Resultados en esta clínica</translation>
    </message>
    <message>
        <source>Patients read these figures under the article, on the PC form, the kiosk and every tablet, from when you publish them until you stop them. They come from the clinic&apos;s own records: a preparation with fewer than {0} patients answering shows no figure. Each patient&apos;s consent keeps the version they saw.</source>
        <translation>Los pacientes leen estas cifras debajo del artículo, en el formulario del ordenador, el quiosco y todas las tabletas, desde que las publica hasta que las retira. Salen de las fichas de la propia clínica: una preparación con menos de {0} pacientes que hayan respondido no muestra ninguna cifra. El consentimiento de cada paciente guarda la versión que vio.</translation>
    </message>
    <message>
        <source>{0} after the first treatment</source>
        <translation>{0} después del primer tratamiento</translation>
    </message>
    <message>
        <source>Count the demo patients (for a demonstration only)</source>
        <translation>Contar los pacientes de demostración (solo para una demostración)</translation>
    </message>
    <message>
        <source>Results at</source>
        <translation>Resultados a los</translation>
    </message>
    <message>
        <source>As patients read it in {0}</source>
        <translation>Como lo leen los pacientes en {0}</translation>
    </message>
    <message>
        <source>Stop showing them</source>
        <translation>Dejar de mostrarlas</translation>
    </message>
    <message>
        <source>Publish these figures</source>
        <translation>Publicar estas cifras</translation>
    </message>
    <message>
        <source>No preparation has {0} or more patients who answered at {1}: there is nothing to show yet.</source>
        <translation>Ninguna preparación tiene {0} o más pacientes que respondieran a {1}: todavía no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Patients see no results now.</source>
        <translation>Ahora los pacientes no ven resultados.</translation>
    </message>
    <message>
        <source>Patients see the figures worked out on {0}, at {1}{2}.</source>
        <translation>Los pacientes ven las cifras calculadas el {0}, a los {1}{2}.</translation>
    </message>
    <message>
        <source>: the same as above</source>
        <translation>: lo mismo que arriba</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>From a paper form</source>
        <translation>De un formulario en papel</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>En el mostrador</translation>
    </message>
    <message>
        <source>On the tablet</source>
        <translation>En la tableta</translation>
    </message>
    <message>
        <source>Which follow-up</source>
        <translation>Qué seguimiento</translation>
    </message>
    <message>
        <source>The follow-up nearest today (or unscheduled)</source>
        <translation>El seguimiento más cercano a hoy (o no programado)</translation>
    </message>
    <message>
        <source>Follow-up answers for {0}</source>
        <translation>Respuestas de seguimiento de {0}</translation>
    </message>
    <message>
        <source>How the patient answered</source>
        <translation>Cómo respondió el paciente</translation>
    </message>
    <message>
        <source>Read each question to the patient as written and enter their answer. The answers are recorded as entered by {0}.</source>
        <translation>Lea cada pregunta al paciente tal como está escrita e introduzca su respuesta. Las respuestas quedan registradas como introducidas por {0}.</translation>
    </message>
    <message>
        <source>Save follow-up answers</source>
        <translation>Guardar las respuestas de seguimiento</translation>
    </message>
    <message>
        <source>For the follow-up</source>
        <translation>Para el seguimiento</translation>
    </message>
    <message>
        <source>Hand the tablet to {0}</source>
        <translation>Dar la tableta a {0}</translation>
    </message>
    <message>
        <source>Which tablet</source>
        <translation>Qué tableta</translation>
    </message>
    <message>
        <source>Any kiosk of this clinic</source>
        <translation>Cualquier quiosco de esta clínica</translation>
    </message>
    <message>
        <source>The kiosk greets {0} by first name on its welcome page and shows only these follow-up questions, nothing else of the record. If nobody starts within {1} minutes, the kiosk forgets it.</source>
        <translation>El quiosco saluda a {0} por su nombre en la página de bienvenida y muestra solo estas preguntas de seguimiento, nada más de la ficha. Si nadie empieza en {1} minutos, el quiosco lo olvida.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>Por producto</translation>
    </message>
    <message>
        <source>By separation method</source>
        <translation>Por método de separación</translation>
    </message>
    <message>
        <source>By image guidance</source>
        <translation>Por guía de imagen</translation>
    </message>
    <message>
        <source>By number of treatments</source>
        <translation>Por número de tratamientos</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>1 treatment</source>
        <translation>1 tratamiento</translation>
    </message>
    <message>
        <source>2 treatments</source>
        <translation>2 tratamientos</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 o más</translation>
    </message>
    <message>
        <source>fewer than {0} answered</source>
        <translation>respondieron menos de {0}</translation>
    </message>
    <message>
        <source>{0:.0f} % ({1:.0f}–{2:.0f}) · {3}/{4}</source>
        <translation>{0:.0f} % ({1:.0f}–{2:.0f}) · {3}/{4}</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>ninguno comunicado</translation>
    </message>
    <message>
        <source>{0} related to the treatment, {1} of grade 3 or more · {2} of {3} rated</source>
        <translation>{0} relacionados con el tratamiento, {1} de grado 3 o más · {2} de {3} valorados</translation>
    </message>
    <message>
        <source>All treated patients</source>
        <translation>Todos los pacientes tratados</translation>
    </message>
    <message>
        <source>KOOS JR</source>
        <translation>KOOS JR</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>demasiado pocos para mostrar</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>fewer than {0}</source>
        <translation>menos de {0}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Better *</source>
        <translation>Mejor *</translation>
    </message>
    <message>
        <source>Events †</source>
        <translation>Eventos †</translation>
    </message>
    <message>
        <source>meaningful change</source>
        <translation>cambio relevante</translation>
    </message>
    <message>
        <source>KOOS JR (100 = no knee problems)</source>
        <translation>KOOS JR (100 = sin problemas de rodilla)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>Pain now (0–10)</source>
        <translation>Dolor ahora (0–10)</translation>
    </message>
    <message>
        <source>T{0} · {1} · {2} · {3}</source>
        <translation>T{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>KOOS JR at intake: incomplete (not all seven answered)</source>
        <translation>KOOS JR en la admisión: incompleto (no se respondieron los siete)</translation>
    </message>
    <message>
        <source>KOOS JR {0:.1f} at intake; no follow-up score yet</source>
        <translation>KOOS JR {0:.1f} en la admisión; todavía sin puntuación de seguimiento</translation>
    </message>
    <message>
        <source>KOOS JR {0:.1f} → {1:.1f} on {2} ({3:+.1f}{4})</source>
        <translation>KOOS JR {0:.1f} → {1:.1f} el {2} ({3:+.1f}{4})</translation>
    </message>
    <message>
        <source>, meaningful</source>
        <translation>, relevante</translation>
    </message>
    <message>
        <source>pain {0} → {1} ({2:+d}{3})</source>
        <translation>dolor {0} → {1} ({2:+d}{3})</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>mucho peor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>a little worse</source>
        <translation>algo peor</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <source>a little better</source>
        <translation>algo mejor</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>much better</source>
        <translation>mucho mejor</translation>
    </message>
    <message>
        <source>{0} · due {1}</source>
        <translation>{0} · previsto el {1}</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Follow-up answers</source>
        <translation>Respuestas de seguimiento</translation>
    </message>
    <message>
        <source>Enter follow-up answers…</source>
        <translation>Introducir respuestas de seguimiento…</translation>
    </message>
    <message>
        <source>Hand the tablet to the patient…</source>
        <translation>Dar la tableta al paciente…</translation>
    </message>
    <message>
        <source>Rate the problems as adverse events…</source>
        <translation>Valorar los problemas como eventos adversos…</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>No programado</translation>
    </message>
    <message>
        <source>KOOS JR {0}</source>
        <translation>KOOS JR {0}</translation>
    </message>
    <message>
        <source>pain {0}</source>
        <translation>dolor {0}</translation>
    </message>
    <message>
        <source>No follow-up answers yet</source>
        <translation>Todavía no hay respuestas de seguimiento</translation>
    </message>
    <message>
        <source>⚕ Problem reported after treatment: {0}. A clinician should call the patient, then mark it reviewed.</source>
        <translation>⚕ Problema comunicado después del tratamiento: {0}. Un clínico debe llamar al paciente y después marcarlo como revisado.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>At intake</source>
        <translation>En la admisión</translation>
    </message>
    <message>
        <source>{0} after treatment {1}</source>
        <translation>{0} tras el tratamiento {1}</translation>
    </message>
    <message>
        <source>KOOS JR, median and quartiles (100 = no knee problems)</source>
        <translation>KOOS JR, mediana y cuartiles (100 = sin problemas de rodilla)</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>sin respuestas</translation>
    </message>
    <message>
        <source>Pain now, median and quartiles (0–10)</source>
        <translation>Dolor ahora, mediana y cuartiles (0–10)</translation>
    </message>
    <message>
        <source>{0}: KOOS JR median {1} (n = {2})</source>
        <translation>{0}: mediana de KOOS JR {1} (n = {2})</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Todavía no hay puntuaciones</translation>
    </message>
    <message>
        <source>Save the outcomes report</source>
        <translation>Guardar el informe de resultados</translation>
    </message>
    <message>
        <source>{0} of {1} ({2:.0f} %)</source>
        <translation>{0} de {1} ({2:.0f} %)</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>KOOS JR: n</source>
        <translation>KOOS JR: n</translation>
    </message>
    <message>
        <source>Median (quartiles)</source>
        <translation>Mediana (cuartiles)</translation>
    </message>
    <message>
        <source>Pain: n</source>
        <translation>Dolor: n</translation>
    </message>
    <message>
        <source>Less pain *</source>
        <translation>Menos dolor *</translation>
    </message>
    <message>
        <source>Outcomes report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <source>Any diagnosis</source>
        <translation>Cualquier diagnóstico</translation>
    </message>
    <message>
        <source>Any knee</source>
        <translation>Cualquier rodilla</translation>
    </message>
    <message>
        <source>Any cell source</source>
        <translation>Cualquier origen celular</translation>
    </message>
    <message>
        <source>Any separation method</source>
        <translation>Cualquier método de separación</translation>
    </message>
    <message>
        <source>Any image guidance</source>
        <translation>Cualquier guía de imagen</translation>
    </message>
    <message>
        <source>Any number of treatments</source>
        <translation>Cualquier n.º de tratamientos</translation>
    </message>
    <message>
        <source>3 or more treatments</source>
        <translation>3 o más tratamientos</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>Include demo records</source>
        <translation>Incluir fichas de demostración</translation>
    </message>
    <message>
        <source>First treatment</source>
        <translation>Primer tratamiento</translation>
    </message>
    <message>
        <source>Show how the follow-ups were answered</source>
        <translation>Mostrar cómo se respondieron los seguimientos</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Time points count from each patient&apos;s first treatment; a follow-up counts for the time point nearest it within {0} days. * Meaningfully better: at least {1} KOOS JR points more, or pain at least {2} points lower, than at the intake (the clinic&apos;s settings), of the patients with both.</source>
        <translation>Los momentos se cuentan desde el primer tratamiento de cada paciente; un seguimiento cuenta para el momento más cercano dentro de {0} días. * Claramente mejor: al menos {1} puntos más de KOOS JR, o un dolor al menos {2} puntos más bajo, que en la admisión (según los ajustes de la clínica), de los pacientes con ambos datos.</translation>
    </message>
    <message>
        <source>Groups follow each patient&apos;s first treatment. Each figure: the share meaningfully better, its 95 % interval (Wilson) in brackets, then how many of how many. A group of fewer than {0} patients, or a time point with fewer than {0} answers, shows no figure (the clinic&apos;s setting). † Adverse events: the problems reported at follow-ups as clinicians rated them; related: possibly, probably or certainly caused by the treatment; grade 3 or more: severe or worse (CTCAE).</source>
        <translation>Los grupos siguen el primer tratamiento de cada paciente. Cada cifra: la proporción claramente mejor, su intervalo del 95 % (Wilson) entre paréntesis y después cuántos de cuántos. Un grupo de menos de {0} pacientes, o un momento con menos de {0} respuestas, no muestra cifra (ajuste de la clínica). † Eventos adversos: los problemas comunicados en los seguimientos según los valoraron los clínicos; relacionados: causados posible, probable o seguramente por el tratamiento; grado 3 o más: grave o peor (CTCAE).</translation>
    </message>
    <message>
        <source>{0} of the KOOS JR scores here were answered in a translation not yet validated ({1}); they are included, so compare them with care.</source>
        <translation>{0} de las puntuaciones de KOOS JR de aquí se respondieron en una traducción aún no validada ({1}); se incluyen, así que compárelas con cuidado.</translation>
    </message>
    <message>
        <source> Demo records are left out: tick “Include demo records” to see them.</source>
        <translation> Las fichas de demostración no se incluyen: marque «Incluir fichas de demostración» para verlas.</translation>
    </message>
    <message>
        <source>No treated patients match these filters.</source>
        <translation>Ningún paciente tratado coincide con estos filtros.</translation>
    </message>
    <message>
        <source>{0} treated patients. {1} of {2} follow-ups due so far were answered{3}.</source>
        <translation>{0} pacientes tratados. Se respondieron {1} de los {2} seguimientos previstos hasta ahora{3}.</translation>
    </message>
    <message>
        <source>Problems reported in {0} of {1} follow-up answers{2}</source>
        <translation>Problemas comunicados en {0} de {1} respuestas de seguimiento{2}</translation>
    </message>
    <message>
        <source>first treatment from {0}</source>
        <translation>primer tratamiento desde el {0}</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>hasta el {0}</translation>
    </message>
    <message>
        <source>demo records included</source>
        <translation>fichas de demostración incluidas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>… late, after the window</source>
        <translation>… tarde, fuera del plazo</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Todavía abierto</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tableta</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>E-mail reminder, then a visit</source>
        <translation>Aviso por correo, después una visita</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Escriba el nombre de la clínica.</translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>Elija un nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>That user name is taken. Choose another.</source>
        <translation>Ese nombre de usuario ya existe. Elija otro.</translation>
    </message>
    <message>
        <source>Use at least {0} characters. A short sentence is easy to remember.</source>
        <translation>Use al menos {0} caracteres. Una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>La contraseña no puede ser el nombre de usuario.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Elija una contraseña distinta de la actual.</translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation>Esa no es su contraseña actual.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>Solo un administrador puede hacer esto.</translation>
    </message>
    <message>
        <source>There is no account with that user name.</source>
        <translation>No hay ninguna cuenta con ese nombre de usuario.</translation>
    </message>
    <message>
        <source>This clinic is already set up. Sign in instead.</source>
        <translation>Esta clínica ya está configurada. Inicie sesión.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>That could not be saved.</source>
        <translation>No se ha podido guardar.</translation>
    </message>
    <message>
        <source>Sign in — {0}</source>
        <translation>Iniciar sesión — {0}</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until {0}. An administrator can reset the password.</source>
        <translation>Demasiados intentos fallidos: esta cuenta está bloqueada hasta {0}. Un administrador puede restablecer la contraseña.</translation>
    </message>
    <message>
        <source>That user name and password do not match. Try again.</source>
        <translation>El nombre de usuario y la contraseña no coinciden. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation>Elija su propia contraseña para continuar.</translation>
    </message>
    <message>
        <source>You need your own password to go on.</source>
        <translation>Necesita su propia contraseña para continuar.</translation>
    </message>
    <message>
        <source>Set up Knee Intake</source>
        <translation>Configurar Knee Intake</translation>
    </message>
    <message>
        <source>Welcome. Enter your clinic&apos;s name and create the administrator account. The administrator adds the other staff.</source>
        <translation>Bienvenido. Escriba el nombre de su clínica y cree la cuenta del administrador. El administrador añade al resto del personal.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Crear la cuenta</translation>
    </message>
    <message>
        <source>Pair with the clinic&apos;s main PC…</source>
        <translation>Emparejar con el ordenador principal de la clínica…</translation>
    </message>
    <message>
        <source>For a tablet or PC of a clinic whose main PC already runs Knee Intake</source>
        <translation>Para una tableta u ordenador de una clínica cuyo ordenador principal ya tiene Knee Intake</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Primera contraseña</translation>
    </message>
    <message>
        <source>Set a temporary password</source>
        <translation>Poner una contraseña temporal</translation>
    </message>
    <message>
        <source>Temporary password for the selected person</source>
        <translation>Contraseña temporal para la persona seleccionada</translation>
    </message>
    <message>
        <source>Deactivate the selected account</source>
        <translation>Desactivar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>New accounts and reset passwords must be changed at first sign-in. A deactivated account cannot sign in; it stays in the list and in the audit trail, and a temporary password gives it back.</source>
        <translation>Las cuentas nuevas y las contraseñas restablecidas se deben cambiar al primer inicio de sesión. Una cuenta desactivada no puede iniciar sesión; sigue en la lista y en el registro de auditoría, y una contraseña temporal la reactiva.</translation>
    </message>
    <message>
        <source>{0}  ·  {1}  ·  {2}  ·  deactivated</source>
        <translation>{0}  ·  {1}  ·  {2}  ·  desactivada</translation>
    </message>
    <message>
        <source>Choose a person whose account is active first.</source>
        <translation>Elija primero una persona cuya cuenta esté activa.</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>Elija primero a la persona en la lista.</translation>
    </message>
    <message>
        <source>Active again: they choose their own password at the next sign-in.</source>
        <translation>Activa de nuevo: elegirá su propia contraseña en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Done: they choose their own at the next sign-in.</source>
        <translation>Hecho: elegirá la suya en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Signed out (idle)</source>
        <translation>Sesión cerrada (inactividad)</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Staff account added</source>
        <translation>Cuenta del personal añadida</translation>
    </message>
    <message>
        <source>Staff account deactivated</source>
        <translation>Cuenta del personal desactivada</translation>
    </message>
    <message>
        <source>Staff account reactivated</source>
        <translation>Cuenta del personal reactivada</translation>
    </message>
    <message>
        <source>Adverse event rated</source>
        <translation>Evento adverso valorado</translation>
    </message>
    <message>
        <source>Adverse event rated again</source>
        <translation>Evento adverso valorado de nuevo</translation>
    </message>
    <message>
        <source>Results at this clinic published</source>
        <translation>Resultados en esta clínica publicados</translation>
    </message>
    <message>
        <source>Results at this clinic no longer shown</source>
        <translation>Resultados en esta clínica retirados</translation>
    </message>
    <message>
        <source>Follow-up step taken</source>
        <translation>Paso de seguimiento dado</translation>
    </message>
    <message>
        <source>E-mail reminders stopped</source>
        <translation>Avisos por correo detenidos</translation>
    </message>
    <message>
        <source>E-mail server changed</source>
        <translation>Servidor de correo cambiado</translation>
    </message>
    <message>
        <source>Clinic set up</source>
        <translation>Clínica configurada</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Ajustes cambiados</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Ficha abierta</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Treatment recorded</source>
        <translation>Tratamiento registrado</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contacto registrado</translation>
    </message>
    <message>
        <source>Answer corrected</source>
        <translation>Respuesta corregida</translation>
    </message>
    <message>
        <source>List exported (CSV)</source>
        <translation>Lista exportada (CSV)</translation>
    </message>
    <message>
        <source>Summary saved (PDF)</source>
        <translation>Resumen guardado (PDF)</translation>
    </message>
    <message>
        <source>Summary printed</source>
        <translation>Resumen impreso</translation>
    </message>
    <message>
        <source>Kiosk started</source>
        <translation>Quiosco iniciado</translation>
    </message>
    <message>
        <source>Kiosk left by staff</source>
        <translation>Quiosco abandonado por el personal</translation>
    </message>
    <message>
        <source>Kiosk exit refused</source>
        <translation>Salida del quiosco rechazada</translation>
    </message>
    <message>
        <source>Kiosk cleared (nobody there)</source>
        <translation>Quiosco borrado (no había nadie)</translation>
    </message>
    <message>
        <source>Audit trail viewed</source>
        <translation>Registro de auditoría consultado</translation>
    </message>
    <message>
        <source>Confirmed as the same patient</source>
        <translation>Confirmado como el mismo paciente</translation>
    </message>
    <message>
        <source>Confirmed as different patients</source>
        <translation>Confirmados como pacientes distintos</translation>
    </message>
    <message>
        <source>Intake received from a station</source>
        <translation>Admisión recibida de un puesto</translation>
    </message>
    <message>
        <source>Station paired</source>
        <translation>Puesto emparejado</translation>
    </message>
    <message>
        <source>Station pairing refused</source>
        <translation>Emparejamiento de puesto rechazado</translation>
    </message>
    <message>
        <source>Station revoked</source>
        <translation>Puesto revocado</translation>
    </message>
    <message>
        <source>Pairing code issued</source>
        <translation>Código de emparejamiento emitido</translation>
    </message>
    <message>
        <source>Follow-up answers stored</source>
        <translation>Respuestas de seguimiento guardadas</translation>
    </message>
    <message>
        <source>Reported problems reviewed</source>
        <translation>Problemas comunicados revisados</translation>
    </message>
    <message>
        <source>Kiosk handed to a patient</source>
        <translation>Quiosco entregado a un paciente</translation>
    </message>
    <message>
        <source>Record exported (FHIR)</source>
        <translation>Ficha exportada (FHIR)</translation>
    </message>
    <message>
        <source>Outcomes report viewed</source>
        <translation>Informe de resultados consultado</translation>
    </message>
    <message>
        <source>Intake entered by staff</source>
        <translation>Admisión introducida por el personal</translation>
    </message>
    <message>
        <source>Recovery key written down</source>
        <translation>Clave de recuperación anotada</translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation>Clave de la base de datos cambiada</translation>
    </message>
    <message>
        <source>Backup folder changed</source>
        <translation>Carpeta de copias cambiada</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Base de datos recuperada de una copia</translation>
    </message>
    <message>
        <source>{0}, at {1}</source>
        <translation>{0}, en {1}</translation>
    </message>
    <message>
        <source>Station “{0}”</source>
        <translation>Puesto «{0}»</translation>
    </message>
    <message>
        <source>Patient at a kiosk</source>
        <translation>Paciente en un quiosco</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Unknown user name</source>
        <translation>Nombre de usuario desconocido</translation>
    </message>
    <message>
        <source>A device that is not paired</source>
        <translation>Un dispositivo no emparejado</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Anyone: a name or user name</source>
        <translation>Cualquiera: un nombre o nombre de usuario</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier ficha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>N.º de ficha</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>A record number is digits only.</source>
        <translation>Un número de ficha solo tiene cifras.</translation>
    </message>
    <message>
        <source>The newest {0} shown: narrow the filters.</source>
        <translation>Se muestran las {0} más recientes: acote los filtros.</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} entradas</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Seguir con la sesión iniciada</translation>
    </message>
    <message>
        <source>in 1 second</source>
        <translation>en 1 segundo</translation>
    </message>
    <message>
        <source>in {0} seconds</source>
        <translation>en {0} segundos</translation>
    </message>
    <message>
        <source>Nobody has used Knee Intake for a while. You will be signed out {0}, and the windows open now will close: what is not saved in them will be lost.</source>
        <translation>Nadie ha usado Knee Intake durante un rato. Su sesión se cerrará {0}, y las ventanas abiertas ahora se cerrarán: lo que no esté guardado en ellas se perderá.</translation>
    </message>
    <message>
        <source>Stations — tablets and PCs that use this PC&apos;s records</source>
        <translation>Puestos: tabletas y ordenadores que usan las fichas de este ordenador</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Intakes waiting</source>
        <translation>Admisiones en espera</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add a tablet (kiosk)…</source>
        <translation>Añadir una tableta (quiosco)…</translation>
    </message>
    <message>
        <source>Add a reception PC…</source>
        <translation>Añadir un ordenador de recepción…</translation>
    </message>
    <message>
        <source>Revoke selected</source>
        <translation>Revocar el seleccionado</translation>
    </message>
    <message>
        <source>Tablet (kiosk)</source>
        <translation>Tableta (quiosco)</translation>
    </message>
    <message>
        <source>Reception PC</source>
        <translation>Ordenador de recepción</translation>
    </message>
    <message>
        <source>Revoked {0}</source>
        <translation>Revocado {0}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>On the new tablet, start Knee Intake Kiosk and choose “Pair with the clinic&apos;s main PC…” (clinic IT can run knee-intake-admin pair instead). Enter:</source>
        <translation>En la tableta nueva, abra Knee Intake Kiosk y elija «Emparejar con el ordenador principal de la clínica…» (el servicio informático de la clínica puede ejecutar knee-intake-admin pair en su lugar). Escriba:</translation>
    </message>
    <message>
        <source>On the new reception PC, start Knee Intake Records and choose “Pair with the clinic&apos;s main PC…” (clinic IT can run knee-intake-admin pair instead). Enter:</source>
        <translation>En el ordenador de recepción nuevo, abra Knee Intake Records y elija «Emparejar con el ordenador principal de la clínica…» (el servicio informático de la clínica puede ejecutar knee-intake-admin pair en su lugar). Escriba:</translation>
    </message>
    <message>
        <source>Address: {0}    Port: {1}
The code works once, for {2} minutes.</source>
        <translation>Dirección: {0}    Puerto: {1}
El código sirve una vez, durante {2} minutos.</translation>
    </message>
    <message>
        <source>the one this PC&apos;s service uses</source>
        <translation>el que usa el servicio de este ordenador</translation>
    </message>
    <message>
        <source>Choose the station to revoke in the list first.</source>
        <translation>Elija primero en la lista el puesto que quiere revocar.</translation>
    </message>
    <message>
        <source>Revoke {0}?</source>
        <translation>¿Revocar {0}?</translation>
    </message>
    <message>
        <source>{0} will get nothing from this PC from now on; to use it again, pair it again. Intakes it still holds stay on it until then.</source>
        <translation>{0} no recibirá nada de este ordenador a partir de ahora; para volver a usarlo, emparéjelo de nuevo. Las admisiones que aún tenga se quedan en él hasta entonces.</translation>
    </message>
    <message>
        <source>Pair with the clinic&apos;s main PC</source>
        <translation>Emparejar con el ordenador principal de la clínica</translation>
    </message>
    <message>
        <source>On the clinic&apos;s main PC, an administrator opens Stations… in the records and adds this tablet or PC. Enter what it shows.</source>
        <translation>En el ordenador principal de la clínica, un administrador abre Puestos… en las fichas y añade esta tableta u ordenador. Escriba lo que muestra.</translation>
    </message>
    <message>
        <source>for example: Tablet 2, Waiting room</source>
        <translation>por ejemplo: Tableta 2, Sala de espera</translation>
    </message>
    <message>
        <source>Main PC&apos;s address</source>
        <translation>Dirección del ordenador principal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>This station&apos;s name</source>
        <translation>Nombre de este puesto</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>Enter the main PC&apos;s address.</source>
        <translation>Escriba la dirección del ordenador principal.</translation>
    </message>
    <message>
        <source>Enter the code the main PC shows.</source>
        <translation>Escriba el código que muestra el ordenador principal.</translation>
    </message>
    <message>
        <source>Give this station a name staff will recognise.</source>
        <translation>Dé a este puesto un nombre que el personal reconozca.</translation>
    </message>
    <message>
        <source>No main PC answers at {0}, port {1}. Check the address, and that Knee Intake is open there.</source>
        <translation>Ningún ordenador principal responde en {0}, puerto {1}. Revise la dirección y que Knee Intake esté abierto allí.</translation>
    </message>
    <message>
        <source>The code was not accepted: it may be mistyped, used already or expired (a code lasts 10 minutes), or the name is taken. Ask for a new code.</source>
        <translation>No se aceptó el código: puede estar mal escrito, usado ya o caducado (un código dura 10 minutos), o el nombre ya existe. Pida un código nuevo.</translation>
    </message>
    <message>
        <source>This tablet — Knee Intake</source>
        <translation>Esta tableta — Knee Intake</translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation>Sesión iniciada: {0}</translation>
    </message>
    <message>
        <source>This tablet is “{0}”, a kiosk of the clinic&apos;s main computer at {1}. The records are kept there, not here.</source>
        <translation>Esta tableta es «{0}», un quiosco del ordenador principal de la clínica en {1}. Las fichas se guardan allí, no aquí.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Close Knee Intake</source>
        <translation>Cerrar Knee Intake</translation>
    </message>
    <message>
        <source>Every intake from this tablet has reached the main computer.</source>
        <translation>Todas las admisiones de esta tableta han llegado al ordenador principal.</translation>
    </message>
    <message>
        <source>{0} intake(s) waiting to be sent to the main computer.</source>
        <translation>{0} admisión(es) a la espera de enviarse al ordenador principal.</translation>
    </message>
    <message>
        <source>The main computer does not answer: check that it is on and Knee Intake is open there. Nothing is lost meanwhile.</source>
        <translation>El ordenador principal no responde: compruebe que está encendido y que Knee Intake está abierto allí. Mientras tanto no se pierde nada.</translation>
    </message>
    <message>
        <source>Name, phone, email or birth date  (Ctrl+F)</source>
        <translation>Nombre, teléfono, correo o fecha de nacimiento  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search name, phone, email or birth date</source>
        <translation>Buscar por nombre, teléfono, correo o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>Abiertas (no cerradas)</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Cualquier seguimiento</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>Para hoy o atrasado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Para esta semana</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Ninguno previsto</translation>
    </message>
    <message>
        <source>Any follow-up answers</source>
        <translation>Cualquier respuesta de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up answered</source>
        <translation>Seguimiento respondido</translation>
    </message>
    <message>
        <source>Follow-up due, not answered</source>
        <translation>Seguimiento pendiente, sin responder</translation>
    </message>
    <message>
        <source>Where the intake came from</source>
        <translation>De dónde vino la admisión</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>PC form</source>
        <translation>Formulario en el ordenador</translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation>Introducida por el personal</translation>
    </message>
    <message>
        <source>Staff: by phone</source>
        <translation>Personal: por teléfono</translation>
    </message>
    <message>
        <source>Staff: from paper</source>
        <translation>Personal: desde papel</translation>
    </message>
    <message>
        <source>Staff: at the desk</source>
        <translation>Personal: en el mostrador</translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation>Problema comunicado</translation>
    </message>
    <message>
        <source>Patients who reported a problem after treatment that no clinician has marked reviewed yet.</source>
        <translation>Pacientes que comunicaron un problema después del tratamiento que ningún clínico ha marcado aún como revisado.</translation>
    </message>
    <message>
        <source>Imaging needed</source>
        <translation>Necesita imagen</translation>
    </message>
    <message>
        <source>Screening review</source>
        <translation>Revisión del cribado</translation>
    </message>
    <message>
        <source>Same patient?</source>
        <translation>¿Mismo paciente?</translation>
    </message>
    <message>
        <source>Intakes whose name and birth date match an earlier patient: open one to confirm the same person or a different one.</source>
        <translation>Admisiones cuyo nombre y fecha de nacimiento coinciden con un paciente anterior: abra una para confirmar si es la misma persona u otra distinta.</translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation>Enviadas desde</translation>
    </message>
    <message>
        <source>Submitted to</source>
        <translation>Enviadas hasta</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Consultation booked</source>
        <translation>Consulta reservada</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Not a candidate</source>
        <translation>No es candidato</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Bone marrow</source>
        <translation>Médula ósea</translation>
    </message>
    <message>
        <source>Fat (adipose)</source>
        <translation>Grasa (tejido adiposo)</translation>
    </message>
    <message>
        <source>Platelet-rich plasma</source>
        <translation>Plasma rico en plaquetas</translation>
    </message>
    <message>
        <source>Other preparation</source>
        <translation>Otra preparación</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <source>Details not recorded</source>
        <translation>Detalles no registrados</translation>
    </message>
    <message>
        <source>Only the product was recorded</source>
        <translation>Solo se registró el producto</translation>
    </message>
    <message>
        <source>The patient agreed by phone.</source>
        <translation>El paciente dio su conformidad por teléfono.</translation>
    </message>
    <message>
        <source>The patient signed the consent on the paper form.</source>
        <translation>El paciente firmó el consentimiento en el formulario en papel.</translation>
    </message>
    <message>
        <source>The patient agreed in person at the desk.</source>
        <translation>El paciente dio su conformidad en persona en el mostrador.</translation>
    </message>
    <message>
        <source>New intake, entered by staff</source>
        <translation>Nueva admisión, introducida por el personal</translation>
    </message>
    <message>
        <source>How the answers were given</source>
        <translation>Cómo se dieron las respuestas</translation>
    </message>
    <message>
        <source>Consent (version {0})</source>
        <translation>Consentimiento (versión {0})</translation>
    </message>
    <message>
        <source>Save intake</source>
        <translation>Guardar la admisión</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Guardada: {0}</translation>
    </message>
    <message>
        <source>{0} Recorded by {1}; it is not a signature.</source>
        <translation>{0} Registrado por {1}; no es una firma.</translation>
    </message>
    <message>
        <source>Read the consent to the patient (or check their paper form) and tick that they agreed. Without it the intake cannot be stored.</source>
        <translation>Lea el consentimiento al paciente (o revise su formulario en papel) y marque que dio su conformidad. Sin ello no se puede guardar la admisión.</translation>
    </message>
    <message>
        <source>Please look at the answers marked in red.</source>
        <translation>Revise las respuestas marcadas en rojo, por favor.</translation>
    </message>
    <message>
        <source>Save the blank form as PDF</source>
        <translation>Guardar el formulario en blanco como PDF</translation>
    </message>
    <message>
        <source>Blank paper form</source>
        <translation>Formulario en papel en blanco</translation>
    </message>
    <message>
        <source>Print the questionnaire, or save it as a PDF, for a patient to fill in on paper</source>
        <translation>Imprimir el cuestionario, o guardarlo como PDF, para que un paciente lo rellene en papel</translation>
    </message>
    <message>
        <source>Print, in {0}…</source>
        <translation>Imprimir, en {0}…</translation>
    </message>
    <message>
        <source>Save as PDF, in {0}…</source>
        <translation>Guardar como PDF, en {0}…</translation>
    </message>
    <message>
        <source>Record a treatment</source>
        <translation>Registrar un tratamiento</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Treatment number (1–3 is usual)</source>
        <translation>N.º de tratamiento (suele ser 1–3)</translation>
    </message>
    <message>
        <source>Follow-up dates (untick or change any)</source>
        <translation>Fechas de seguimiento (desmarque o cambie cualquiera)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save treatment</source>
        <translation>Guardar el tratamiento</translation>
    </message>
    <message>
        <source>Enter the clinician who gave the treatment.</source>
        <translation>Escriba el clínico que aplicó el tratamiento.</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <source>Status after this contact</source>
        <translation>Estado tras este contacto</translation>
    </message>
    <message>
        <source>Mark the follow-up due {0} done: {1}</source>
        <translation>Marcar como hecho el seguimiento previsto el {0}: {1}</translation>
    </message>
    <message>
        <source>Plan a next step on</source>
        <translation>Planificar un siguiente paso el</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <source>Correct an answer</source>
        <translation>Corregir una respuesta</translation>
    </message>
    <message>
        <source>Answer now: {0}</source>
        <translation>Respuesta ahora: {0}</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <source>Why is it corrected? (for example: patient phoned)</source>
        <translation>¿Por qué se corrige? (por ejemplo: llamó el paciente)</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <source>Say why the answer is corrected.</source>
        <translation>Diga por qué se corrige la respuesta.</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>on the kiosk</source>
        <translation>en el quiosco</translation>
    </message>
    <message>
        <source>on the PC form</source>
        <translation>en el formulario del ordenador</translation>
    </message>
    <message>
        <source>from a paper form</source>
        <translation>de un formulario en papel</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>en el mostrador</translation>
    </message>
    <message>
        <source>Entered by {0} ({1})</source>
        <translation>Introducida por {0} ({1})</translation>
    </message>
    <message>
        <source>Filled in {0}</source>
        <translation>Rellenada {0}</translation>
    </message>
    <message>
        <source>Export the record as FHIR</source>
        <translation>Exportar la ficha como FHIR</translation>
    </message>
    <message>
        <source>Someone else changed this record a moment ago, so this was not saved (their change is kept). What you entered is still here: check the record below, then save again.</source>
        <translation>Otra persona acaba de cambiar esta ficha, así que esto no se ha guardado (su cambio se conserva). Lo que usted escribió sigue aquí: revise la ficha de abajo y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Indique un motivo, por favor.</translation>
    </message>
    <message>
        <source>Please name the clinician.</source>
        <translation>Indique el clínico, por favor.</translation>
    </message>
    <message>
        <source>Only a clinician can mark a reported problem as reviewed.</source>
        <translation>Solo un clínico puede marcar como revisado un problema comunicado.</translation>
    </message>
    <message>
        <source>That follow-up is no longer on this record: choose another.</source>
        <translation>Ese seguimiento ya no está en esta ficha: elija otro.</translation>
    </message>
    <message>
        <source>The clinic&apos;s treatment record asks for something this one does not have (it may have changed since this was opened): cancel, then record the treatment again.</source>
        <translation>El registro de tratamiento de la clínica pide algo que este no tiene (puede haber cambiado desde que se abrió): cancele y vuelva a registrar el tratamiento.</translation>
    </message>
    <message>
        <source>Choose the product injected.</source>
        <translation>Elija el producto inyectado.</translation>
    </message>
    <message>
        <source>That problem is no longer on this record: close this and open it again.</source>
        <translation>Ese problema ya no está en esta ficha: cierre esto y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>Choose whether the treatment caused it, how severe it was and its outcome.</source>
        <translation>Elija si el tratamiento lo causó, qué gravedad tuvo y su desenlace.</translation>
    </message>
    <message>
        <source>This change could not be made ({0}).</source>
        <translation>No se pudo hacer este cambio ({0}).</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Mark selected done</source>
        <translation>Marcar como hecho el seleccionado</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>Earlier intakes</source>
        <translation>Admisiones anteriores</translation>
    </message>
    <message>
        <source>Record a treatment…</source>
        <translation>Registrar tratamiento…</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Registrar contacto…</translation>
    </message>
    <message>
        <source>Correct an answer…</source>
        <translation>Corregir respuesta…</translation>
    </message>
    <message>
        <source>Stop e-mail reminders</source>
        <translation>Parar avisos por correo</translation>
    </message>
    <message>
        <source>The patient asked for no more e-mail reminders</source>
        <translation>El paciente pidió no recibir más avisos por correo</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Resumen en PDF…</translation>
    </message>
    <message>
        <source>Export FHIR…</source>
        <translation>Exportar FHIR…</translation>
    </message>
    <message>
        <source>Patient&apos;s copy (PDF)…</source>
        <translation>Copia del paciente (PDF)…</translation>
    </message>
    <message>
        <source>Their progress (PDF)…</source>
        <translation>Evolución (PDF)…</translation>
    </message>
    <message>
        <source>Question to correct</source>
        <translation>Pregunta que corregir</translation>
    </message>
    <message>
        <source>Only a clinician can rate a reported problem as an adverse event.</source>
        <translation>Solo un clínico puede valorar un problema comunicado como evento adverso.</translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation>Respuestas de la admisión</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>La misma persona</translation>
    </message>
    <message>
        <source>Different person</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Same patient? {0} {1}, born {2} (phone {3}; intakes so far: {4}) has the same name and date of birth. “Same person” keeps one record with the newest contact details; until staff decide, each record keeps its own.</source>
        <translation>¿Mismo paciente? {0} {1}, nacido/a el {2} (teléfono {3}; admisiones hasta ahora: {4}) tiene el mismo nombre y fecha de nacimiento. «La misma persona» deja una sola ficha con los datos de contacto más recientes; hasta que el personal decida, cada ficha conserva los suyos.</translation>
    </message>
    <message>
        <source>Reason (needed for “not a candidate”)</source>
        <translation>Motivo (necesario para «no es candidato»)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Born {0} (age {1}) · Phone {2} · Email {3} · Prefers {4} · Submitted {5}</source>
        <translation>Nacido/a el {0} ({1} años) · Teléfono {2} · Correo {3} · Prefiere {4} · Enviada {5}</translation>
    </message>
    <message>
        <source>No flags</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <source>Outcomes ⚕</source>
        <translation>Resultados ⚕</translation>
    </message>
    <message>
        <source>done {0} by {1}</source>
        <translation>hecho el {0} por {1}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <source>Say why the patient is not a candidate.</source>
        <translation>Diga por qué el paciente no es candidato.</translation>
    </message>
    <message>
        <source>No e-mail reminders since {0} ({1})</source>
        <translation>Sin avisos por correo desde {0} ({1})</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>{0} {1} {2}</source>
        <translation>{0} de {1} de {2}</translation>
    </message>
    <message>
        <source>Corrected by {0} ({1}): patient answered “{2}”. Reason: {3}</source>
        <translation>Corregido por {0} ({1}): el paciente respondió «{2}». Motivo: {3}</translation>
    </message>
    <message>
        <source>Problem reported after treatment: a clinician should call the patient</source>
        <translation>Problema comunicado después del tratamiento: un clínico debe llamar al paciente</translation>
    </message>
    <message>
        <source>Imaging needed: no X-ray, MRI, CT or ultrasound reported</source>
        <translation>Necesita imagen: no consta radiografía, resonancia, TAC ni ecografía</translation>
    </message>
    <message>
        <source>Screening review: {0}</source>
        <translation>Revisión del cribado: {0}</translation>
    </message>
    <message>
        <source>DEMO record (synthetic data)</source>
        <translation>Ficha de DEMOSTRACIÓN (datos sintéticos)</translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation>Resumen de la admisión</translation>
    </message>
    <message>
        <source>{0} — for the consultation</source>
        <translation>{0} — para la consulta</translation>
    </message>
    <message>
        <source>Born {0} (age {1})</source>
        <translation>Nacido/a el {0} ({1} años)</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation>Teléfono {0}</translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation>Correo {0}</translation>
    </message>
    <message>
        <source>Submitted {0}</source>
        <translation>Enviada {0}</translation>
    </message>
    <message>
        <source>Status {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Sin alertas.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>No consent on record for this intake.</source>
        <translation>No consta ningún consentimiento para esta admisión.</translation>
    </message>
    <message>
        <source>Signed by the patient on {0} (consent version {1}):</source>
        <translation>Firmado por el paciente el {0} (versión del consentimiento {1}):</translation>
    </message>
    <message>
        <source>Signed by the patient on {0}, by typing their name: “{1}” (consent version {2}).</source>
        <translation>Firmado por el paciente el {0}, escribiendo su nombre: «{1}» (versión del consentimiento {2}).</translation>
    </message>
    <message>
        <source>Given {0}, recorded by {1} on {2} (consent version {3}).</source>
        <translation>Dado {0}, registrado por {1} el {2} (versión del consentimiento {3}).</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>en papel</translation>
    </message>
    <message>
        <source>(a wording this copy of Knee Intake does not have)</source>
        <translation>(un texto que esta copia de Knee Intake no tiene)</translation>
    </message>
    <message>
        <source>Beside the form: the article, version {0}, with no results of the clinic&apos;s.</source>
        <translation>Junto al formulario: el artículo, versión {0}, sin resultados de la clínica.</translation>
    </message>
    <message>
        <source>Beside the form: the article, version {0}, and the clinic&apos;s results version {1}.</source>
        <translation>Junto al formulario: el artículo, versión {0}, y los resultados de la clínica, versión {1}.</translation>
    </message>
    <message>
        <source>Beside the form: the article, version {0}, and the clinic&apos;s results version {1}, worked out on {2}.</source>
        <translation>Junto al formulario: el artículo, versión {0}, y los resultados de la clínica, versión {1}, calculados el {2}.</translation>
    </message>
    <message>
        <source>Knee score (KOOS JR, 100 = no knee problems)</source>
        <translation>Puntuación de la rodilla (KOOS JR, 100 = sin problemas de rodilla)</translation>
    </message>
    <message>
        <source>At intake: {0}</source>
        <translation>En la admisión: {0}</translation>
    </message>
    <message>
        <source>At intake: incomplete (not all seven questions answered)</source>
        <translation>En la admisión: incompleta (no se respondieron las siete preguntas)</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Dolor ahora</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Cribado</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Born {0}</source>
        <translation>Nacido/a el {0}</translation>
    </message>
    <message>
        <source>[DEMO]</source>
        <translation>[DEMO]</translation>
    </message>
    <message>
        <source>⚠ Needed</source>
        <translation>⚠ Necesaria</translation>
    </message>
    <message>
        <source>Has imaging</source>
        <translation>Tiene imagen</translation>
    </message>
    <message>
        <source>⚑ Review</source>
        <translation>⚑ Revisar</translation>
    </message>
    <message>
        <source>⚕ Problem reported</source>
        <translation>⚕ Problema comunicado</translation>
    </message>
    <message>
        <source>Enter at least one interval, e.g. 6 weeks.</source>
        <translation>Escriba al menos un intervalo, p. ej. 6 semanas.</translation>
    </message>
    <message>
        <source>“{0}” is not an interval. Write weeks or months, e.g. 6 weeks, 3 months.</source>
        <translation>«{0}» no es un intervalo. Escriba semanas o meses, p. ej. 6 semanas, 3 meses.</translation>
    </message>
    <message>
        <source>At most {0} follow-ups per treatment.</source>
        <translation>Como máximo {0} seguimientos por tratamiento.</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>After each treatment, separated by commas, e.g. 6 weeks, 3 months.</source>
        <translation>Después de cada tratamiento, separados por comas, p. ej. 6 semanas, 3 meses.</translation>
    </message>
    <message>
        <source>Use the defaults</source>
        <translation>Usar los valores por defecto</translation>
    </message>
    <message>
        <source>After each treatment</source>
        <translation>Después de cada tratamiento</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>Llamadas de seguimiento</translation>
    </message>
    <message>
        <source>For a treatment today</source>
        <translation>Para un tratamiento de hoy</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>When nobody is there</source>
        <translation>Cuando no hay nadie</translation>
    </message>
    <message>
        <source>Sign staff out when idle for</source>
        <translation>Cerrar la sesión del personal tras una inactividad de</translation>
    </message>
    <message>
        <source>Kiosk asks “Are you still there?” after</source>
        <translation>El quiosco pregunta «¿Sigue ahí?» después de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Answers count for a follow-up due within</source>
        <translation>Las respuestas cuentan para un seguimiento previsto dentro de</translation>
    </message>
    <message>
        <source>A meaningful KOOS JR gain is at least</source>
        <translation>Una mejora relevante de KOOS JR es de al menos</translation>
    </message>
    <message>
        <source>A meaningful fall in pain (0–10) is at least</source>
        <translation>Un descenso relevante del dolor (0–10) es de al menos</translation>
    </message>
    <message>
        <source>Defaults: 21 days; 14 KOOS JR points (the American Joint Replacement Registry&apos;s minimal clinically important difference) and 2 pain points (Farrar et al., Pain 2001). Both come from studies of knee replacement and chronic pain, not of injections.</source>
        <translation>Por defecto: 21 días; 14 puntos de KOOS JR (la diferencia mínima clínicamente importante del American Joint Replacement Registry) y 2 puntos de dolor (Farrar et al., Pain 2001). Ambos salen de estudios de prótesis de rodilla y de dolor crónico, no de inyecciones.</translation>
    </message>
    <message>
        <source> patients</source>
        <translation> pacientes</translation>
    </message>
    <message>
        <source>The report shows no figure for fewer than</source>
        <translation>El informe no muestra cifras para menos de</translation>
    </message>
    <message>
        <source>Treatments, results and follow-ups</source>
        <translation>Tratamientos, resultados y seguimientos</translation>
    </message>
    <message>
        <source>A treatment&apos;s record must answer</source>
        <translation>El registro de un tratamiento debe responder</translation>
    </message>
    <message>
        <source>Beside the article</source>
        <translation>Junto al artículo</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>{0}: change…</source>
        <translation>{0}: cambiar…</translation>
    </message>
    <message>
        <source>{0} (when it is asked)</source>
        <translation>{0} (cuando se pregunta)</translation>
    </message>
    <message>
        <source>DOSES and MIBO ask for all of them; a clinic may start with fewer.</source>
        <translation>DOSES y MIBO piden todos ellos; una clínica puede empezar con menos.</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>Usar estos</translation>
    </message>
    <message>
        <source>No results shown: set up…</source>
        <translation>No se muestran resultados: configurar…</translation>
    </message>
    <message>
        <source>Results of {0} shown: change…</source>
        <translation>Se muestran resultados de {0}: cambiar…</translation>
    </message>
    <message>
        <source>Export list to CSV</source>
        <translation>Exportar la lista a CSV</translation>
    </message>
    <message>
        <source>Knee Intake — Records</source>
        <translation>Knee Intake — Fichas</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Export list to CSV…</source>
        <translation>Exportar la lista a CSV…</translation>
    </message>
    <message>
        <source>Save the list as it is filtered to a CSV file (Ctrl+E)</source>
        <translation>Guardar la lista, tal como está filtrada, en un archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s record (Enter or Ctrl+O)</source>
        <translation>Abrir la ficha del paciente seleccionado (Intro o Ctrl+O)</translation>
    </message>
    <message>
        <source>Outcomes report…</source>
        <translation>Informe de resultados…</translation>
    </message>
    <message>
        <source>Follow-ups today…</source>
        <translation>Seguimientos de hoy…</translation>
    </message>
    <message>
        <source>Who is due, and the next step of the clinic&apos;s ladder for each: reminders, calls, the letter (Ctrl+T)</source>
        <translation>A quién le toca, y el siguiente paso de la pauta de la clínica para cada uno: avisos, llamadas, la carta (Ctrl+T)</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Registrar una llamada…</translation>
    </message>
    <message>
        <source>Log a call to the selected patient, and what it changed (Ctrl+L)</source>
        <translation>Registrar una llamada al paciente seleccionado, y lo que cambió (Ctrl+L)</translation>
    </message>
    <message>
        <source>New intake…</source>
        <translation>Nueva admisión…</translation>
    </message>
    <message>
        <source>Enter a patient&apos;s intake: by phone, from paper, at the desk (Ctrl+N)</source>
        <translation>Introducir la admisión de un paciente: por teléfono, desde papel, en el mostrador (Ctrl+N)</translation>
    </message>
    <message>
        <source>Other users of this computer can read these files of patient data, and Knee Intake could not change that: {0}. Ask your IT support to make them readable by the account that runs Knee Intake only.</source>
        <translation>Otros usuarios de este ordenador pueden leer estos archivos con datos de pacientes, y Knee Intake no ha podido cambiarlo: {0}. Pida a su servicio informático que solo los pueda leer la cuenta con la que se ejecuta Knee Intake.</translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation>Sesión iniciada: {0} ({1})</translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <translation>Iniciar el quiosco</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Personal…</translation>
    </message>
    <message>
        <source>Stations…</source>
        <translation>Puestos…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation>Ajustes de la clínica…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Copias de seguridad…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Administration: staff, settings, audit trail, backups</source>
        <translation>Administración: personal, ajustes, registro de auditoría, copias de seguridad</translation>
    </message>
    <message>
        <source>More than {0} records</source>
        <translation>Más de {0} fichas</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} fichas</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 ficha</translation>
    </message>
    <message>
        <source>Choose a patient in the list first.</source>
        <translation>Elija primero un paciente de la lista.</translation>
    </message>
    <message>
        <source>The intake was saved (record {0}).</source>
        <translation>La admisión se ha guardado (ficha {0}).</translation>
    </message>
    <message>
        <source>Exported {0} records to {1}</source>
        <translation>Exportado: {0} fichas a {1}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>I have read this and I agree</source>
        <translation>Lo he leído y estoy de acuerdo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Or type your full name</source>
        <translation>O escriba su nombre completo</translation>
    </message>
    <message>
        <source>Sign in the box with the mouse or your finger:</source>
        <translation>Firme en el recuadro con el ratón o con el dedo:</translation>
    </message>
    <message>
        <source>Or, if you cannot sign here, type your full name:</source>
        <translation>O, si no puede firmar aquí, escriba su nombre completo:</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Firmar y enviar</translation>
    </message>
    <message>
        <source>Back to my answers</source>
        <translation>Volver a mis respuestas</translation>
    </message>
    <message>
        <source>Please tick “I have read this and I agree”.</source>
        <translation>Marque «Lo he leído y estoy de acuerdo», por favor.</translation>
    </message>
    <message>
        <source>Please sign in the box, or type your full name below it.</source>
        <translation>Firme en el recuadro o escriba su nombre completo debajo, por favor.</translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>About stem cell therapy for knees</source>
        <translation>Sobre la terapia con células madre para la rodilla</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>Print a copy of my answers</source>
        <translation>Imprimir una copia de mis respuestas</translation>
    </message>
    <message>
        <source>Please check the answer marked in red below.</source>
        <translation>Revise la respuesta marcada en rojo más abajo, por favor.</translation>
    </message>
    <message>
        <source>Please check the {count} answers marked in red below.</source>
        <translation>Revise las {count} respuestas marcadas en rojo más abajo, por favor.</translation>
    </message>
    <message>
        <source>Thank you. Your answers have been saved. Please let the reception team know you have finished.</source>
        <translation>Gracias. Sus respuestas se han guardado. Avise en recepción de que ha terminado.</translation>
    </message>
</context>
<context>
    <name>KeypadDateAnswer</name>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>KeypadPhoneAnswer</name>
    <message>
        <source>Plus (a number from abroad)</source>
        <translation>Más (un número del extranjero)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Knee Intake</source>
        <translation>Knee Intake</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>OpenChoiceButtons</name>
    <message>
        <source>Something else (type it here)</source>
        <translation>Otra cosa (escríbala aquí)</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>Las preguntas marcadas con * son obligatorias.</translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
</context>
<context>
    <name>ScaleButtons</name>
    <message>
        <source>{number}, chosen</source>
        <translation>{number}, elegido</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature: sign here with your finger</source>
        <translation>Firma: firme aquí con el dedo</translation>
    </message>
</context>
<context>
    <name>YesNoButtons</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
