<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>Your knee: questions before your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer in pen. Tick one box for each question, unless it says to tick all that apply. Questions marked * need an answer. Bring or send the form back to the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you answered “{0}” to question {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if it applies to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the clinic: entered by ____________ on ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form {0}, version {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep this shorter: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a whole number, for example 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number, for example 72.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number from {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter {minimum} or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter {maximum} or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the day, the month and the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day, month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the year: that is more than {years} years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a phone number. Please check it, including the area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like an email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these characters cannot be stored. Please type the answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the name in letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer could not be read. Please answer the question again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database is busy: another program is using it. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database is read-only. Please ask a member of staff. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database is damaged. Please ask a member of staff to restore it from a backup. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be created or opened. Please ask a member of staff. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database was last used by a newer version of Knee Intake. Please ask a member of staff to update this computer. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database could not be brought up to this version of Knee Intake. It has been left exactly as it was, with a backup beside it. Please ask a member of staff to contact support. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database is encrypted, and this computer does not have its key (or the file is damaged). Please ask an administrator to unlock it with the recovery key. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database cannot be opened with this computer&apos;s key: it is damaged, or it was encrypted on another computer. Please ask an administrator to unlock it with its recovery key or restore a backup. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out on the clinic&apos;s main computer ({path}) after a while without use. Sign out here and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s main computer (the host, {path}) does not answer. Check that it is switched on and Knee Intake is open on it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an unexpected problem with the records database. Please ask a member of staff. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are still here, but they could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakes cannot be saved right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {0} in {1}: the folder is missing, full or not yours to write in. Choose another folder, for example Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at the questions marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic would like to know how your knee is now. There are a few short questions; it takes about five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch your language to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people finish in about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people finish in about {0} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us about your knee before your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers go to the clinic&apos;s staff only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch “Change” to go back to a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My answers are right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in the box with your finger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers have been sent to the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the tablet back at the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you would like a printed copy of your answers, ask there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy of my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep your answers private, they will be cleared when the count reaches zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to leave the patient screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick “I have read this and I agree”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in the box with your finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name and password do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers from a moment ago are back. Please carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was cleared because nobody used it for a while, to keep the answers private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Knee Intake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers on screen have not been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you close now, they will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep filling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose the answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>I have read this and I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in the box with the mouse or your finger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, if you cannot sign here, type your full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick “I have read this and I agree”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in the box, or type your full name below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>About stem cell therapy for knees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>Print a copy of my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the answer marked in red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the {count} answers marked in red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Your answers have been saved. Please let the reception team know you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeypadDateAnswer</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeypadPhoneAnswer</name>
    <message>
        <source>Plus (a number from abroad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenChoiceButtons</name>
    <message>
        <source>Something else (type it here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleButtons</name>
    <message>
        <source>{number}, chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature: sign here with your finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoButtons</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
