/**
 * Russian query synonyms for transport troubleshooting: everyday words, Exchange's Russian
 * terms and their English counterparts (many articles are read in English), one group per
 * meaning. A query that contains one member also searches for the others. Data only.
 */
export const synonymsRu: string[][] = [
  [
    'место на диске',
    'дисковое пространство',
    'свободное место',
    'диск заполнен',
    'диск переполнен',
    'заполнение диска',
    'использование диска',
    'disk space',
    'disk full',
    'free space',
  ],
  ['не хватает', 'заканчивается', 'закончилось', 'нехватка', 'недостаточно', 'мало', 'low'],
  [
    'обратное давление',
    'back pressure',
    'backpressure',
    'давление на ресурсы',
    'нехватка ресурсов',
    'перегрузка',
    'resource pressure',
  ],
  ['сертификат', 'SSL-сертификат', 'TLS-сертификат', 'certificate', 'cert'],
  ['истёк', 'просрочен', 'срок действия истёк', 'expired'],
  ['истекает', 'скоро истечёт', 'expire soon', 'expires'],
  ['очередь', 'очереди', 'queue'],
  ['соединитель отправки', 'коннектор отправки', 'send connector'],
  ['соединитель получения', 'коннектор получения', 'соединитель приёма', 'receive connector'],
  ['соединитель', 'коннектор', 'connector'],
  ['проверка подлинности', 'аутентификация', 'авторизация', 'authentication', 'logon', 'login'],
  ['ошибка', 'сбой', 'не удалось', 'failed', 'error'],
  ['память', 'оперативная память', 'ОЗУ', 'memory', 'RAM'],
  ['DNS', 'разрешение имён', 'name resolution'],
  ['не запускается', 'не стартует', 'служба не запускается', 'failed to start'],
  ['подозрительное сообщение', 'подозрительных сообщений', 'poison', 'poison message'],
  ['разрешение', 'права', 'доступ запрещён', 'отказано в доступе', 'permission', 'access denied'],
  ['письмо', 'письма', 'почта', 'сообщение', 'message', 'mail'],
  ['база данных очереди', 'база очередей', 'queue database', 'mail.que'],
  ['отклонено', 'отклоняет', 'отвергнуто', 'rejected', 'refused'],
  ['подключение', 'соединение', 'connection'],
  ['каталог Drop', 'каталог удаления', 'drop directory'],
  ['каталог Pickup', 'каталог захвата', 'pickup directory'],
];
