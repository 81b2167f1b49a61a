import type { Dictionary } from './en';

const ru: Partial<Dictionary> = {
  'site.name': 'Transport Events KB',
  'site.tagline': 'Справочник событий транспорта Microsoft Exchange',
  'site.description':
    'Что означает каждое событие транспорта Exchange и что с ним делать: коды событий, тексты сообщений, символические имена и порядок устранения.',
  'nav.skip': 'Перейти к содержимому',
  'nav.home': 'Главная',
  'nav.events': 'Все события',
  'nav.search': 'Поиск',
  'nav.smtp': 'Коды SMTP',
  'nav.translations': 'Переводы',
  'nav.integrations': 'Ссылки из мониторинга',
  'nav.primary': 'Основная навигация',
  'nav.breadcrumbs': 'Цепочка навигации',
  'lang.label': 'Язык',

  'section.explanation': 'Объяснение',
  'section.user-action': 'Действия пользователя',
  'section.more-information': 'Дополнительная информация',

  'home.title': 'События транспорта Exchange',
  'home.intro':
    'Найдите событие по коду, просмотрите события по источнику или выполните поиск по словам из описания события.',
  'home.sources': 'Источники событий',
  'home.coverage': 'Описано событий: {events} · статей: {articles} · источников событий: {sources}',
  'home.recent': 'Недавно обновлённые',
  'home.eventCount': {
    one: '{count} событие',
    few: '{count} события',
    many: '{count} событий',
    other: '{count} события',
  },

  'idbox.region': 'Поиск события по коду',
  'idbox.label': 'Перейти к коду события',
  'idbox.placeholder': 'например, 2004',
  'idbox.submit': 'Перейти',
  'idbox.invalid': 'Код события — это число от 0 до 65535.',
  'idbox.unknown': 'Событие {id} пока не описано.',
  'idbox.searchInstead': 'Найти в поиске',

  'events.title': 'Все события',
  'events.intro':
    'Все описанные события. Отфильтруйте таблицу или отсортируйте её по любому столбцу.',
  'events.sourceTitle': 'События источника {source}',
  'events.filter.source': 'Источник',
  'events.filter.category': 'Категория',
  'events.filter.level': 'Уровень',
  'events.filter.version': 'Версия продукта',
  'events.filter.text': 'Фильтр',
  'events.filter.any': 'Все',
  'events.filter.reset': 'Сбросить фильтры',
  'events.shown': 'Показано событий: {shown} из {total}',
  'events.none': 'Ни одно событие не соответствует фильтрам.',
  'events.col.id': 'Код события',
  'events.col.source': 'Источник',
  'events.col.category': 'Категория',
  'events.col.level': 'Уровень',
  'events.col.symbolicName': 'Символическое имя',
  'events.col.title': 'Описание',
  'events.col.versions': 'Версии',

  'ids.title': 'Код события {id}',
  'ids.intro': {
    one: 'Код события {id} описан в {count} статье. Выберите статью, которая соответствует вашему источнику и версии продукта.',
    few: 'Код события {id} описан в {count} статьях. Выберите статью, которая соответствует вашему источнику и версии продукта.',
    many: 'Код события {id} описан в {count} статьях. Выберите статью, которая соответствует вашему источнику и версии продукта.',
    other:
      'Код события {id} описан в {count} статьи. Выберите статью, которая соответствует вашему источнику и версии продукта.',
  },

  'details.title': 'Сведения',
  'details.productName': 'Название продукта',
  'details.productVersion': 'Версия продукта',
  'details.eventId': 'Код события',
  'details.eventSource': 'Источник события',
  'details.category': 'Категория',
  'details.symbolicName': 'Символическое имя',
  'details.messageText': 'Текст сообщения',
  'details.messageExample': 'Пример из журнала',
  'details.level': 'Уровень',
  'details.alertType': 'Тип оповещения',
  'details.rulePath': 'Путь правила',
  'details.ruleName': 'Имя правила',
  'details.analyzerRule': 'Правило анализатора',
  'details.unconfirmed': 'не подтверждено',
  'details.unconfirmedNote': 'Не подтверждено опубликованными источниками.',
  'details.levelsDisagree': 'источники расходятся',
  'details.copy': 'Копировать',
  'details.copied': 'Скопировано',
  'details.alsoLoggedBy': 'Также записывают',
  'details.localizedMessage': 'Текст события на сервере с языком «{language}»',
  'article.references': 'Источники',

  'level.error': 'Ошибка',
  'level.warning': 'Предупреждение',
  'level.information': 'Сведения',
  'kind.event': 'Событие',
  'kind.alert': 'Оповещение пакета управления',
  'kind.analyzer': 'Правило Exchange Server Analyzer',

  'article.related': 'Связанные события',
  'article.updated': 'Обновлено {date}',
  'article.variants': {
    one: 'Для этого события есть {count} статья',
    few: 'Для этого события есть {count} статьи',
    many: 'Для этого события есть {count} статей',
    other: 'Для этого события есть {count} статьи',
  },
  'article.variantsIntro':
    'Это событие описано в нескольких статьях. Выберите статью для вашей версии продукта и типа:',
  'article.thisArticle': 'показана ниже',

  'fallback.missing': 'Эта статья ещё не переведена на русский язык и показана на английском.',
  'fallback.outdated':
    'Английский оригинал изменился после того, как был сделан этот перевод ({date}).',
  'fallback.readOriginal': 'Читать английский оригинал',
  'fallback.untranslatedSection': 'Этот раздел ещё не переведён и показан на английском языке.',
  'fallback.showOriginal': 'Показать английский оригинал',
  'fallback.showTranslation': 'Показать перевод',

  'notFound.title': 'Страница не найдена',
  'notFound.intro':
    'По этому адресу страницы нет. Возможно, событие ещё не описано или в ссылке опечатка.',
  'notFound.tryId': 'Найдите событие по коду:',
  'notFound.links': 'Или начните с одной из этих страниц:',
  'notFound.resolving': 'Ищем событие…',

  'translations.title': 'Состояние переводов',
  'translations.intro':
    'Сколько статей переведено на каждый язык. Непереведённые части всегда показываются из английского оригинала и помечаются.',
  'translations.summary': 'Статьи по языкам и состоянию',
  'translations.list': 'Все статьи',
  'translations.col.locale': 'Язык',
  'translations.col.article': 'Статья',
  'translations.col.total': 'Статей',
  'status.original': 'оригинал',
  'status.translated': 'переведена',
  'status.partial': 'переведена частично',
  'status.outdated': 'устарела',
  'status.missing': 'не переведена',

  'integrations.title': 'Ссылки из систем мониторинга',
  'integrations.intro':
    'Любая система мониторинга может хранить одну ссылку для каждого правила. Укажите в ней адрес этого справочника — и оповещение откроет нужную статью на языке читателя. Приведённые ниже адреса постоянны.',
  'integrations.addresses': 'Две постоянные формы адреса',
  'integrations.permalink':
    'Постоянная ссылка на событие: источник строчными буквами с дефисами вместо пробелов, затем код. Открывает статью на языке читателя.',
  'integrations.go':
    'Сопоставитель для систем, которые подставляют параметры: источник и код в любом порядке и регистре, а также необязательные lang, version (версия продукта) и kind (event, alert, analyzer). Параметры «Просмотра событий» (EvtSrc, EvtID, ProdVer, LCID …) тоже поддерживаются.',
  'integrations.template': 'Шаблон',
  'integrations.example': 'Что откроет система для события MSExchangeTransport 2004:',
  'integrations.eventViewer':
    'Ссылка «Справка в Интернете» в «Просмотре событий» передаёт источник, код, версию продукта и язык события по адресу из параметра реестра MicrosoftRedirectionURL. Задайте его на серверах Exchange (или через групповую политику):',
  'integrations.scom':
    'В правиле или мониторе Operations Manager для события Exchange добавьте ссылку в сведения организации или в описание оповещения. Источник и код события берутся из параметров оповещения:',
  'integrations.zabbix':
    'В шаблоне журнала событий Windows задайте источник и код как пользовательские макросы и используйте их в поле URL триггера:',
  'integrations.nagios':
    'Задайте каждой службе журнала событий пользовательские переменные для источника и кода и используйте их в notes_url:',
  'integrations.prometheus':
    'Добавьте к правилу оповещения аннотацию runbook_url — Alertmanager передаст её каждому получателю:',
  'integrations.grafana':
    'В правиле оповещения Grafana задайте аннотацию Runbook URL. Параметр lang закрепляет язык для команды:',

  'search.label': 'Поиск по справочнику',
  'search.placeholder': 'Поиск событий, сообщений, кодов…  ( / )',
  'search.submit': 'Найти',
  'search.title': 'Поиск',
  'search.resultsFor': 'Результаты по запросу «{query}»',
  'search.count': {
    one: '{count} результат',
    few: '{count} результата',
    many: '{count} результатов',
    other: '{count} результата',
  },
  'search.allResults': 'Показать все результаты',
  'search.loading': 'Загружается поисковый индекс…',
  'search.loadFailed':
    'Не удалось загрузить поисковый индекс. Проверьте подключение и повторите попытку.',
  'search.noResults': 'По запросу «{query}» ничего не найдено.',
  'search.noResultsHelp':
    'Попробуйте меньше слов или другие слова, только код события или символическое имя. Событие также можно найти по коду:',
  'search.suggestions': 'Или попробуйте один из этих запросов:',
  'search.empty':
    'Введите слова из события, код события, символическое имя, состояние SMTP или вставьте описание события целиком.',
  'search.undocumented':
    'Событие {query} пока не описано в этом справочнике. Возможно, помогут результаты ниже.',
  'search.english': 'EN',
  'search.englishTitle': 'Ещё не переведено: показано на английском',
  'search.exact': 'Точное совпадение',
  'search.template': 'Соответствует вставленному описанию',
  'search.valuesCaption': 'Значения во вставленном событии',
  'search.placeholderCol': 'Подстановка',
  'search.valueCol': 'Значение',
  'search.eventViewerPaste':
    'Распознано событие, скопированное из «Просмотра событий»: {source} {id}.',
  'search.smtpCodes': 'Коды SMTP в запросе:',
  'search.smtpOption': 'Код SMTP {code}: справка',
  'search.filters': 'Фильтр результатов',

  'search.popular':
    'сертификат|обратное давление|соединитель отправки|очередь|соединитель получения|подозрительное сообщение',
  'smtp.title': 'Коды ответов и состояний SMTP',
  'smtp.intro':
    'Что означают коды в ответах SMTP, отчётах о недоставке и событиях транспорта, повторяет ли отправитель попытку и что проверить в Exchange.',
  'smtp.replyCodes': 'Коды ответов',
  'smtp.enhancedCodes': 'Расширенные коды состояния',
  'smtp.enhancedIntro':
    'Расширенный код состояния имеет вид класс.тема.подробность: класс показывает, временный (4) или постоянный (5) это сбой, тема — к чему он относится.',
  'smtp.class.2': 'Успех',
  'smtp.class.3': 'Промежуточный ответ: сервер ждёт продолжения',
  'smtp.class.4': 'Временный сбой: отправитель сохраняет сообщение и повторяет попытку',
  'smtp.class.5': 'Постоянный сбой: сообщение возвращается отправителю',
  'smtp.subject.0': 'Прочее или не определено',
  'smtp.subject.1': 'Адресация',
  'smtp.subject.2': 'Почтовый ящик',
  'smtp.subject.3': 'Почтовая система',
  'smtp.subject.4': 'Сеть и маршрутизация',
  'smtp.subject.5': 'Протокол доставки',
  'smtp.subject.6': 'Содержимое сообщения',
  'smtp.subject.7': 'Безопасность и политики',
  'smtp.codeTitle': 'SMTP {code}',
  'smtp.registryName': 'Название в реестре',
  'smtp.reference': 'Определён в',
  'smtp.ndrText': 'Текст в отчётах о недоставке Exchange',
  'smtp.kind': 'Тип',
  'smtp.summary': 'Что это значит',
  'smtp.causes': 'Типичные причины в Exchange',
  'smtp.checks': 'Что проверить',
  'smtp.events': 'События, в которых встречается код',
  'smtp.otherClasses': 'Та же подробность в других классах',
  'smtp.noText': 'Пояснение к этому коду ещё не написано.',

  'pipeline.title': 'Путь сообщения через транспорт',
  'pipeline.desc':
    'Сообщения поступают через приём SMTP или каталоги Pickup и Replay, ждут в очереди отправки обработки категоризатором, проходят маршрутизацию и уходят через отправку SMTP, доставку в почтовый ящик или каталог Drop внешнего соединителя. Всё это время они хранятся в базе данных очередей; диспетчер ресурсов включает обратное давление. Каждый этап ведёт к своим событиям.',
  'pipeline.receive': 'Приём SMTP',
  'pipeline.pickup': 'Pickup / Replay',
  'pipeline.categorizer': 'Категоризатор',
  'pipeline.routing': 'Маршрутизация',
  'pipeline.send': 'Отправка SMTP',
  'pipeline.delivery': 'Доставка в ящик',
  'pipeline.drop': 'Каталог Drop',
  'pipeline.queue': 'База данных очередей',
  'pipeline.resources': 'Диспетчер ресурсов',
  'pipeline.events': 'События этапа: {stage}',

  'root.redirecting': 'Переходим на сайт на вашем языке…',

  // Search 2: IDs shared by several sources, sister sources
  'search.sharedId':
    'Код события {id} встречается у нескольких источников: {sources}. Выберите источник, указанный в вашем журнале.',
  'search.sharedIdLink': 'Сравнить их',
  'search.loggedAs': 'также записывается источником {source}',

  'footer.about':
    'Независимый справочник событий транспорта Microsoft Exchange. Не связан с корпорацией Майкрософт.',

  // Чтение на телефоне (issue 16): компактная шапка, кнопки копирования, «На этой странице», панель фильтров.
  'header.menu': 'Меню',
  'header.openSearch': 'Поиск',
  'copy.command': 'Копировать команду',
  'copy.code': 'Копировать код',
  'copy.failed': 'Не удалось скопировать: выделите текст вручную',
  'toc.title': 'На этой странице',
  'events.filter.more': 'Фильтры',
  'pipeline.support': 'Используется всеми этапами',
  // Log triage (issue 15): the /<locale>/triage/ page, its report and its exports.
  'nav.triage': 'Разбор журналов',
  'home.triage': 'Разобрать экспортированный журнал событий',
  'home.triageText':
    'Перетащите экспорт журнала приложений с одного или нескольких серверов: каждое событие транспорта будет сгруппировано, подсчитано и связано со своей статьёй. Разбор идёт в вашем браузере, журнал никуда не загружается.',
  'triage.title': 'Разбор журналов',
  'triage.intro':
    'Перетащите экспортированные журналы событий или вставьте события. Каждое событие группируется по источнику и коду, подсчитывается и связывается со своей статьёй вместе со значениями, которые оно содержало: соединителями, удалёнными узлами, кодами SMTP.',
  'triage.privacy':
    'Журнал остаётся на этом устройстве. Его читает только ваш браузер: ничего не загружается, и страница никуда не отправляет ни одной его части.',
  'triage.formats':
    'Поддерживаются: файлы журналов просмотра событий (.evtx) и их экспорт через «Сохранить все события как» в CSV, текст и XML; XML из wevtutil; PowerShell Get-WinEvent с Export-Csv или ConvertTo-Json; текст, скопированный из области сведений просмотра событий. Названия столбцов и уровней на английском, немецком или русском; UTF-8 или UTF-16.',
  'triage.command.title': 'Экспорт последних 24 часов с сервера',
  'triage.command.intro':
    'Выполните эту команду в PowerShell на сервере Exchange: она записывает события Exchange из журнала приложений за последние 24 часа в файл transport-events.csv в текущей папке. Чтобы прочитать другой сервер, добавьте к Get-WinEvent параметр -ComputerName с его именем.',
  'triage.command.label': 'Команда PowerShell',
  'triage.noscript':
    'Разбор выполняется в вашем браузере и требует JavaScript. Команда экспорта ниже работает и без него.',
  'triage.input.region': 'Журналы для разбора',
  'triage.input.drop': 'Перетащите сюда экспортированные журналы',
  'triage.input.choose': 'Выбрать файлы',
  'triage.input.hint':
    'Можно выбрать несколько файлов сразу: формат каждого определяется отдельно.',
  'triage.input.paste': 'Или вставьте события',
  'triage.input.pasteHint':
    'Текст сведений, CSV, XML или JSON в том виде, в каком они экспортированы.',
  'triage.input.pasteSubmit': 'Разобрать вставленный текст',
  'triage.input.pastedName': 'Вставленный текст',
  'triage.catalog.loading': 'Загружается список описанных событий…',
  'triage.catalog.failed':
    'Не удалось загрузить список описанных событий. Обновите страницу, чтобы попробовать ещё раз.',
  'triage.worker.failed':
    'Не удалось запустить разбор в этом браузере. Обновите страницу, чтобы попробовать ещё раз.',
  'triage.progress': 'Чтение журналов',
  'triage.progress.status': 'Прочитано {read} из {total}, событий: {events}',
  'triage.cancel': 'Отменить',
  'triage.cancelled': 'Отменено. В отчёте то, что было прочитано до отмены.',
  'triage.files': 'Файлы',
  'triage.files.name': 'Файл',
  'triage.files.format': 'Формат',
  'triage.files.events': 'События',
  'triage.files.notes': 'Примечания',
  'triage.format.evtx': 'Файл журнала событий (EVTX)',
  'triage.format.event-viewer-csv': 'CSV просмотра событий',
  'triage.format.event-viewer-txt': 'Текст просмотра событий (с разделителями-табуляциями)',
  'triage.format.xml': 'XML событий (wevtutil, просмотр событий)',
  'triage.format.powershell-csv': 'PowerShell Export-Csv',
  'triage.format.powershell-json': 'PowerShell ConvertTo-Json',
  'triage.format.details-text': 'Текст сведений о событии',
  'triage.format.unknown': 'Не распознан',
  'triage.note.not-a-log':
    'Это не экспортированный журнал событий. Поддерживаемые форматы перечислены ниже; экспортируйте журнал заново в одном из них.',
  'triage.note.empty': 'Файл пуст.',
  'triage.note.unreadable': 'Не удалось прочитать файл.',
  'triage.note.truncated':
    'Файл обрывается посреди события и, похоже, обрезан. События до обрыва вошли в отчёт.',
  'triage.note.malformed': {
    one: '{count} запись не удалось прочитать как событие, она пропущена.',
    few: '{count} записи не удалось прочитать как события, они пропущены.',
    many: '{count} записей не удалось прочитать как события, они пропущены.',
    other: '{count} записи не удалось прочитать как события, они пропущены.',
  },
  'triage.note.legacy-encoding':
    'Файл сохранён не в Юникоде и прочитан как {encoding}. Если буквы выглядят неправильно, экспортируйте заново с параметром -Encoding UTF8.',
  'triage.note.undecodable-characters':
    'Некоторые символы не являются допустимым UTF-8 и показаны как �.',
  'triage.note.checksum': {
    one: '{count} контрольная сумма не совпадает: файл, возможно, повреждён. Всё, что удалось прочитать, вошло в отчёт.',
    few: '{count} контрольные суммы не совпадают: файл, возможно, повреждён. Всё, что удалось прочитать, вошло в отчёт.',
    many: '{count} контрольных сумм не совпадают: файл, возможно, повреждён. Всё, что удалось прочитать, вошло в отчёт.',
    other:
      '{count} контрольной суммы не совпадают: файл, возможно, повреждён. Всё, что удалось прочитать, вошло в отчёт.',
  },
  'triage.note.no-events': 'В файле нет событий.',
  'triage.note.too-many-kinds': {
    one: '{count} событие других видов подсчитано, но не сгруппировано (слишком много разных событий).',
    few: '{count} события других видов подсчитаны, но не сгруппированы (слишком много разных событий).',
    many: '{count} событий других видов подсчитаны, но не сгруппированы (слишком много разных событий).',
    other:
      '{count} события других видов подсчитаны, но не сгруппированы (слишком много разных событий).',
  },
  'triage.note.cancelled': 'Чтение отменено.',
  'triage.report': 'Отчёт',
  'triage.summary': '{events}, {groups}, {files}.',
  'triage.count.events': {
    one: '{count} событие',
    few: '{count} события',
    many: '{count} событий',
    other: '{count} события',
  },
  'triage.count.groups': {
    one: '{count} группа',
    few: '{count} группы',
    many: '{count} групп',
    other: '{count} группы',
  },
  'triage.count.files': {
    one: '{count} файл',
    few: '{count} файла',
    many: '{count} файлов',
    other: '{count} файла',
  },
  'triage.times':
    'Время указано так, как его записал экспорт: текстовые форматы — по местному времени сервера, XML, JSON и EVTX — в UTC.',
  'triage.filters': 'Фильтры отчёта',
  'triage.filter.level': 'Уровень',
  'triage.filter.source': 'Источник',
  'triage.filter.server': 'Сервер',
  'triage.filter.all': 'Все',
  'triage.filter.shown': 'Показано групп: {shown} из {total}.',
  'triage.filter.none': 'Ни одна группа не соответствует фильтрам.',
  'triage.level.critical': 'Критический',
  'triage.level.verbose': 'Подробности',
  'triage.level.unknown': 'Без уровня',
  'triage.download.markdown': 'Скачать Markdown',
  'triage.download.csv': 'Скачать CSV',
  'triage.copy.markdown': 'Копировать как Markdown',
  'triage.copied': 'Скопировано',
  'triage.group.first': 'Впервые',
  'triage.group.last': 'Последний раз',
  'triage.group.servers': 'Серверы',
  'triage.group.noServers': 'в этом экспорте не указаны',
  'triage.group.more': 'и ещё {count}',
  'triage.group.smtp': 'Коды SMTP',
  'triage.group.moreArticles': {
    one: 'Ещё {count} статья на странице события.',
    few: 'Ещё {count} статьи на странице события.',
    many: 'Ещё {count} статей на странице события.',
    other: 'Ещё {count} статьи на странице события.',
  },
  'triage.group.undocumented': 'Пока не описано.',
  'triage.group.search': 'Искать {event} на сайте',
  'triage.group.timeline': 'Хронология',
  'triage.group.sample': 'Описание в журнале',
  'triage.histogram': 'События {event} во времени',
  'triage.histogram.desc': '{count} с {start} по {end}; не более {max} за интервал {interval}.',
  'triage.col.level': 'Уровень',
  'triage.col.source': 'Источник',
  'triage.col.eventId': 'Код события',
  'triage.col.count': 'Количество',
  'triage.col.article': 'Статья',
  'triage.col.address': 'Адрес',
  'triage.col.values': 'Значения',
  'triage.report.title': 'Разбор журнала событий',
  'triage.report.generated': 'Составлен {date}. Файлы: {files}.',
  'triage.english': 'EN',
  'triage.englishTitle': 'Ещё не переведено: показано на английском',

  // Offline reading and updates (delivery)
  'offline.title': 'Чтение без сети',
  'offline.intro':
    'Каждая открытая страница сохраняется на этом устройстве вместе с поиском на её языке, поэтому при сбое сети её можно снова открыть и искать по ней.',
  'offline.allTitle': 'Сохранить всю базу знаний для работы без сети',
  'offline.allIntro':
    'Загружает все страницы на русском языке, поиск и ссылки для систем мониторинга, чтобы читать их во время сбоя совсем без сети.',
  'offline.size': 'Страниц: {pages}, объём на устройстве: {size}',
  'offline.sizeLoading': 'Вычисляется объём…',
  'offline.download': 'Загрузить ({size})',
  'offline.progress': 'Файлов: {done} из {total}, {doneSize} из {size}',
  'offline.done': 'Все страницы на русском языке сохранены на этом устройстве: {pages}, {size}.',
  'offline.failed':
    'Загрузка прервана ({reason}). Повторите попытку, когда сервер снова будет доступен.',
  'offline.updateFirst':
    'Готова новая версия: сначала перезагрузите страницу, затем начните загрузку.',
  'offline.unsupported':
    'Этот браузер не может сохранить сайт для работы без сети: нужны service worker и защищённый адрес (https или localhost).',
  'offline.noscript':
    'Для чтения без сети нужен JavaScript. Без него страницы загружаются с сервера.',
  'offline.missing':
    'Нет подключения к сети, а страница {path} не сохранена на этом устройстве. Открытые ранее страницы по-прежнему доступны.',
  'offline.updateReady': 'Готова новая версия базы знаний.',
  'offline.reload': 'Перезагрузить',
  'footer.offline': 'Чтение без сети',
};

export default ru;
