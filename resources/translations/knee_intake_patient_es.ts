<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
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
        <source>Password</source>
        <translation>Contraseña</translation>
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
