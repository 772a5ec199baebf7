/**
 * Words the synthetic handbook is written with. The sample handbook is Spanish, so is this one:
 * the search index and the pages then see text of the same shape (accents, long words) as a
 * real handbook, and a vocabulary of several hundred words keeps the index realistic.
 */

export const FIRST_NAMES = [
  'María', 'Lucía', 'Carmen', 'Elena', 'Rosa', 'Paula', 'Marta', 'Isabel', 'Sara', 'Nuria', 'Inés', 'Alba', 'Teresa', 'Pilar',
  'Javier', 'Antonio', 'Manuel', 'David', 'Daniel', 'Pablo', 'Jorge', 'Sergio', 'Raúl', 'Andrés', 'Tomás', 'Iván', 'Hugo', 'Óscar',
];

export const LAST_NAMES = [
  'Gómez', 'Martín', 'Herrera', 'Ruiz', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Serrano', 'Blanco',
  'Molina', 'Morales', 'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Medina', 'Garrido',
];

export const CITIES = ['Sevilla', 'Valencia', 'Bilbao', 'Zaragoza', 'Málaga', 'Murcia', 'Valladolid', 'Vigo', 'Gijón', 'Granada', 'Córdoba', 'Alicante'];

export const OCCUPATIONS = [
  'administrativa en un colegio', 'enfermero de atención primaria', 'autónoma de diseño gráfico', 'jubilado del sector del metal',
  'estudiante de ingeniería', 'dueña de una panadería', 'técnico de mantenimiento', 'profesora de secundaria', 'repartidor en bicicleta',
  'gerente de una pequeña gestoría', 'cuidadora de su madre', 'programador en remoto',
];

export const SEGMENTS = [
  'Cliente tradicional con banca digital básica', 'Nativo digital', 'Pequeño negocio', 'Sénior con apoyo familiar',
  'Paciente crónico', 'Familia con hijos pequeños', 'Usuario ocasional', 'Profesional con poco tiempo',
];

export const EMOJI_AVATARS = ['🙂', '👩‍💼', '👨‍🔧', '👵', '🧑‍🎓', '👨‍⚕️', '👩‍🍳', '🧔', '👩‍🦰', '🧑‍💻'];

export const INFLUENCES = ['decision-maker', 'influencer', 'prescriber', 'user', 'other'] as const;

export const RELATIVES = [
  { name: 'su hija', role: 'Hija, 31 años; le ayuda con los trámites por internet' },
  { name: 'su hijo', role: 'Hijo, 28 años; vive en otra ciudad' },
  { name: 'su pareja', role: 'Comparte la economía de la casa' },
  { name: 'su gestora', role: 'Gestora de su oficina desde hace años' },
  { name: 'su médica de familia', role: 'La atiende en el centro de salud del barrio' },
  { name: 'una compañera de trabajo', role: 'Le recomendó el servicio' },
  { name: 'su asesor fiscal', role: 'Le lleva las cuentas del negocio' },
];

export const PERSONA_GOALS = [
  'Resolver sus gestiones sin pedir días libres en el trabajo', 'Tener sus ahorros siempre bajo control', 'Saber cuánto va a pagar antes de firmar',
  'No repetir sus datos en cada canal', 'Recibir una respuesta clara a la primera', 'Que le avisen con tiempo de cualquier cambio',
  'Volver a sus paseos de los domingos', 'Ahorrar en las facturas de casa', 'Cuidar de su familia sin perder horas al teléfono',
];

export const PERSONA_NEEDS = [
  'Instrucciones claras y sin tecnicismos', 'Saber en qué punto está su gestión', 'Un teléfono en el que conteste una persona',
  'Letra legible y botones grandes', 'Poder terminar desde el móvil lo que empieza en el ordenador', 'Un único interlocutor para su caso',
  'Precios completos desde el principio', 'Justificantes que pueda guardar',
];

export const PERSONA_PAINS = [
  'Las esperas al teléfono con menús de voz interminables', 'Tener que repetir los mismos datos en cada canal', 'Cartas que llegan tarde y no explican qué hacer',
  'Formularios que se borran al cambiar de pantalla', 'Comisiones que aparecen después', 'Horarios de atención incompatibles con su trabajo',
  'Mensajes automáticos que no responden a su pregunta',
];

export const PERSONA_EXPECTATIONS = [
  'Que le respondan el mismo día', 'Que el precio no cambie sin avisar', 'Que la persona que le atiende conozca su historial',
  'Que la app funcione también sin cobertura', 'Que le ofrezcan otra fecha si cancelan una cita', 'Que le devuelvan el dinero sin discutir',
];

export const PERSONA_MOTIVATIONS = [
  'Sentirse autónoma y no depender de nadie para cada trámite', 'La tranquilidad de tenerlo todo en orden', 'Ganar tiempo para su familia',
  'Hacer crecer su negocio', 'Cuidar su salud a largo plazo', 'No volver a perder dinero por un descuido',
];

/** Sub-folders of content/journeys, each a sector with its own actions; "" is the top level. */
export const SECTORS = [
  {
    folder: 'banca',
    actions: ['Abrir una cuenta', 'Pedir una hipoteca', 'Bloquear una tarjeta perdida', 'Reclamar un cargo', 'Pedir un préstamo', 'Cambiar de domiciliación'],
    objects: ['online', 'en la oficina', 'desde la app', 'para su negocio', 'con su pareja', 'por primera vez'],
  },
  {
    folder: 'salud',
    actions: ['Pedir cita con el especialista', 'Recoger los resultados de unas pruebas', 'Ir a urgencias', 'Renovar una receta', 'Operarse de la rodilla', 'Cambiar de médico'],
    objects: ['en el hospital', 'por el portal del paciente', 'en el centro de salud', 'un fin de semana', 'con su madre', 'tras una caída'],
  },
  {
    folder: 'seguros',
    actions: ['Contratar un seguro de hogar', 'Dar un parte por una fuga de agua', 'Renovar el seguro del coche', 'Reclamar una indemnización', 'Añadir un conductor'],
    objects: ['por teléfono', 'con un mediador', 'desde la web', 'tras un accidente', 'antes del verano', 'al mudarse'],
  },
  {
    folder: 'energia/hogar',
    actions: ['Cambiar de tarifa de luz', 'Dar de alta el gas', 'Instalar placas solares', 'Entender una factura', 'Reclamar una lectura estimada'],
    objects: ['en un piso de alquiler', 'en una casa nueva', 'con bono social', 'en pleno invierno', 'por primera vez', 'para su negocio'],
  },
  {
    folder: '',
    actions: ['Darse de alta en la fibra', 'Portar su número de móvil', 'Devolver un pedido', 'Renovar el abono de transporte', 'Inscribirse en un curso'],
    objects: ['desde casa', 'en una tienda', 'con prisa', 'a final de mes', 'para toda la familia', 'sin papeles'],
  },
];

/** Five phases per journey, as a timeline: [id, name, goal, duration]. */
export const PHASE_SETS: Array<Array<[string, string, string, string]>> = [
  [
    ['descubrir', 'Descubrir', 'Entender qué opciones tiene y cuál le conviene', '3 días'],
    ['comparar', 'Comparar', 'Saber cuánto le va a costar de verdad', '1 semana'],
    ['contratar', 'Contratar', 'Cerrar la gestión sin desplazarse', '20 minutos'],
    ['usar', 'Primer uso', 'Comprobar que todo funciona como le dijeron', '1 mes'],
    ['renovar', 'Renovar', 'Seguir sin sorpresas o marcharse sin trabas', '1 año'],
  ],
  [
    ['sintoma', 'Notar el problema', 'Saber si tiene que hacer algo ya', 'una tarde'],
    ['pedir', 'Pedir ayuda', 'Que alguien competente se haga cargo', '2 días'],
    ['esperar', 'Esperar', 'Saber qué pasa mientras tanto', '3 semanas'],
    ['resolver', 'Resolver', 'Que el problema quede resuelto a la primera', '1 hora'],
    ['seguimiento', 'Seguimiento', 'Confirmar que no se repite', '1 mes'],
  ],
  [
    ['informarse', 'Informarse', 'Encontrar información fiable', '1 semana'],
    ['solicitar', 'Solicitar', 'Rellenar la solicitud sin errores', '15 minutos'],
    ['verificar', 'Verificar', 'Demostrar quién es sin complicaciones', '10 minutos'],
    ['activar', 'Activar', 'Tenerlo listo para usar', 'el mismo día'],
    ['consolidar', 'Consolidar', 'Convertirlo en costumbre', '3 meses'],
  ],
];

/** content/stages.yaml of the generated handbook: the five phases of every set map onto them in order. */
export const STAGES: Array<[string, string, string]> = [
  ['descubrir', 'Descubrir', 'La persona se da cuenta de que necesita algo y busca opciones.'],
  ['solicitar', 'Solicitar', 'Pide el servicio por el canal que tiene a mano.'],
  ['esperar', 'Esperar', 'Lo que pasa entre la petición y la respuesta.'],
  ['recibir', 'Recibir el servicio', 'La organización cumple, o no, lo que prometió.'],
  ['seguir', 'Seguir adelante', 'El uso diario, el seguimiento o la vuelta a la normalidad.'],
];

/** The `_folder.yaml` of each sector folder: labels with accents, ordered not alphabetically. */
export const FOLDER_LABELS: Record<string, { label: string; description: string; order: number }> = {
  banca: { label: 'Banca para particulares', description: 'Cuentas, tarjetas, préstamos e hipotecas.', order: 2 },
  salud: { label: 'Salud pública', description: 'Del centro de salud al hospital.', order: 1 },
  seguros: { label: 'Seguros', description: 'Hogar, coche y reclamaciones.', order: 3 },
  'energia/hogar': { label: 'Energía en el hogar', description: 'Luz, gas y autoconsumo.', order: 4 },
};

/** Built-in channels and the custom ones of the generated channels.yaml. */
export const CHANNELS = [
  'web', 'app', 'email', 'phone', 'chat', 'social', 'store', 'in-person', 'postal', 'sms', 'event', 'partner', 'product', 'word-of-mouth',
  'cajero', 'portal-cliente', 'quiosco',
];

export const TOUCHPOINT_VERBS = [
  'Busca', 'Consulta', 'Llama para preguntar por', 'Recibe', 'Rellena', 'Firma', 'Espera', 'Compara', 'Descarga', 'Reclama',
  'Pregunta en la oficina por', 'Lee', 'Confirma', 'Paga', 'Recoge', 'Envía', 'Revisa', 'Cancela',
];

export const TOUCHPOINT_OBJECTS = [
  'las condiciones del servicio', 'el contrato', 'una notificación', 'el formulario de solicitud', 'el justificante', 'la factura',
  'la cita', 'el presupuesto', 'su documentación', 'el estado de la gestión', 'la encuesta de satisfacción', 'la tarjeta',
  'las preguntas frecuentes', 'el código de verificación', 'la carta de bienvenida', 'el resumen de la llamada',
];

export const FEELINGS = {
  negative: ['frustrada', 'perdido', 'enfadada', 'angustiado', 'impaciente', 'confusa', 'desconfiado', 'agotada'],
  neutral: ['expectante', 'atento', 'curiosa', 'indiferente', 'prudente'],
  positive: ['aliviada', 'contento', 'convencida', 'tranquilo', 'sorprendida', 'agradecido', 'segura'],
};

export const THOUGHTS = [
  '¿Por qué me piden otra vez lo mismo?', 'Esto ha sido más fácil de lo que pensaba.', 'No sé si lo he hecho bien.',
  'Espero que alguien me llame pronto.', 'Por fin una respuesta clara.', 'Si no me contestan hoy, me voy a otra empresa.',
  'Me han tratado como a una persona, no como a un número.', 'Tendré que pedir ayuda a mi hija.', 'Lo guardo por si acaso.',
];

export const PAINS = [
  'El formulario no guarda lo escrito y hay que empezar de nuevo', 'Nadie sabe decirle cuánto va a tardar', 'El mensaje llega cuando ya no sirve',
  'Le piden un documento que ya entregó', 'La espera al teléfono supera los veinte minutos', 'El precio final no coincide con el anunciado',
  'La web no funciona bien desde el móvil', 'Tiene que desplazarse para firmar en papel',
];

export const OPPORTUNITIES = [
  'Guardar el borrador automáticamente y permitir seguir desde otro dispositivo', 'Avisar del plazo previsto y de cada cambio de estado',
  'Reutilizar los documentos que el cliente ya entregó', 'Ofrecer una llamada de vuelta en lugar de la espera', 'Mostrar el precio completo desde el principio',
  'Firmar con certificado o con un código en el móvil', 'Explicar con un vídeo corto qué va a pasar después',
];

export const OWNERS = [
  'Atención al Cliente', 'Canales Digitales', 'Marketing', 'Operaciones', 'Red de Oficinas', 'Admisión', 'Riesgos', 'Facturación',
  'Calidad', 'Sistemas', 'Logística', 'Experiencia de Cliente',
];

export const EVIDENCE = [
  'Correo de confirmación con el número de expediente', 'Pantalla de resumen en la app', 'Carta con el contrato firmado', 'SMS con el código de un solo uso',
  'Justificante en PDF', 'Folleto en la oficina', 'Encuesta de satisfacción por correo', 'Factura detallada', 'Ticket con el turno de espera',
];

export const BACKSTAGE = [
  'Se crea un expediente en el gestor de casos', 'Un agente revisa la documentación', 'El sistema de riesgos valora la solicitud',
  'Se asigna la tarea al equipo de la oficina', 'Se envía la información al proveedor externo', 'Calidad revisa una muestra de las llamadas',
  'Se actualiza la ficha del cliente en el CRM',
];

export const SUPPORT = [
  'CRM corporativo', 'Plataforma de firma electrónica', 'Centralita en la nube', 'Motor de reglas de precios', 'Proveedor de mensajería SMS',
  'Gestor documental', 'Sistema de citas', 'Pasarela de pagos', 'Herramienta de encuestas',
];

/** [name, unit, typical value, better]: KPIs at journey, phase and touchpoint level. */
export const KPIS: Array<[string, string | undefined, number, 'higher' | 'lower']> = [
  ['Solicitudes que terminan con éxito', '%', 60, 'higher'],
  ['Tiempo hasta la resolución', 'días', 5, 'lower'],
  ['NPS del recorrido', undefined, 20, 'higher'],
  ['Coste por gestión', '€', 25, 'lower'],
  ['Abandono del formulario', '%', 30, 'lower'],
  ['Llamadas repetidas en 7 días', '%', 15, 'lower'],
  ['Resolución en el primer contacto', '%', 70, 'higher'],
  ['Tiempo medio de espera', 'min', 8, 'lower'],
  ['Satisfacción con la atención', 'sobre 10', 7, 'higher'],
];

export const TAGS = [
  'alta de clientes', 'digital', 'reclamaciones', 'atención telefónica', 'oficinas', 'pagos', 'citas', 'urgente', 'fidelización', 'facturación',
  'accesibilidad', 'autónomos', 'sénior', 'visión 2027',
];

/* Narrative prose: sentences are built from these parts. */
export const SUBJECTS = [
  'La persona', 'El equipo de atención', 'Nadie en la oficina', 'La aplicación', 'El agente', 'Su familia', 'El correo de confirmación',
  'La web', 'El proceso', 'La primera llamada', 'El formulario', 'La carta', 'El sistema', 'Cada canal',
];

export const VERBS = [
  'explica', 'complica', 'resuelve', 'retrasa', 'confirma', 'cambia', 'promete', 'olvida', 'muestra', 'esconde', 'simplifica',
  'interrumpe', 'acompaña', 'anticipa', 'repite', 'aclara',
];

export const OBJECTS = [
  'los plazos de la gestión', 'el precio final', 'los documentos necesarios', 'el siguiente paso', 'las condiciones del contrato',
  'la fecha de la cita', 'el motivo del retraso', 'el estado de la solicitud', 'las opciones disponibles', 'el teléfono de contacto',
  'la política de devoluciones', 'el resultado de la revisión',
];

export const COMPLEMENTS = [
  'sin que nadie se lo pida', 'cuando ya es demasiado tarde', 'con palabras que cualquiera entiende', 'a mitad de la mañana',
  'mientras espera en la cola', 'desde el sofá de su casa', 'por tercera vez esta semana', 'en menos de un minuto',
  'con un tono amable y cercano', 'sin dar explicaciones', 'justo antes del fin de semana', 'con demasiada letra pequeña',
];

export const CONNECTORS = [
  'Sin embargo,', 'Además,', 'Por eso,', 'Al final,', 'Mientras tanto,', 'En cambio,', 'Aun así,', 'Poco después,', 'De hecho,', 'Por suerte,',
];

export const HEADINGS = [
  'Lo que esperaba', 'Dónde se rompe la experiencia', 'Lo que funciona', 'Qué podemos cambiar', 'Lo que dicen los datos',
  'La voz del cliente', 'Próximos pasos',
];
