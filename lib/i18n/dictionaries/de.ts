import type { Dictionary } from './en';

const de: Partial<Dictionary> = {
  'site.name': 'Transport Events KB',
  'site.tagline': 'Referenz der Transportereignisse von Microsoft Exchange',
  'site.description':
    'Was jedes Exchange-Transportereignis bedeutet und was zu tun ist: Ereignis-IDs, Meldungstexte, symbolische Namen und Schritte zur Behebung.',
  'nav.skip': 'Zum Inhalt springen',
  'nav.home': 'Startseite',
  'nav.events': 'Alle Ereignisse',
  'nav.search': 'Suche',
  'nav.smtp': 'SMTP-Codes',
  'nav.translations': 'Übersetzungen',
  'nav.integrations': 'Links aus der Überwachung',
  'nav.primary': 'Hauptnavigation',
  'nav.breadcrumbs': 'Navigationspfad',
  'lang.label': 'Sprache',

  'section.explanation': 'Erklärung',
  'section.user-action': 'Empfohlene Maßnahmen',
  'section.more-information': 'Weitere Informationen',

  'home.title': 'Exchange-Transportereignisse',
  'home.intro':
    'Schlagen Sie ein Ereignis über seine ID nach, stöbern Sie nach Quelle oder suchen Sie nach Wörtern aus der Ereignisbeschreibung.',
  'home.sources': 'Ereignisquellen',
  'home.coverage':
    'Dokumentierte Ereignisse: {events} · Artikel: {articles} · Ereignisquellen: {sources}',
  'home.recent': 'Zuletzt aktualisiert',
  'home.eventCount': { one: '{count} Ereignis', other: '{count} Ereignisse' },

  'idbox.region': 'Ereignis nach ID nachschlagen',
  'idbox.label': 'Zur Ereignis-ID',
  'idbox.placeholder': 'z. B. 2004',
  'idbox.submit': 'Öffnen',
  'idbox.invalid': 'Eine Ereignis-ID ist eine Zahl von 0 bis 65535.',
  'idbox.unknown': 'Ereignis {id} ist noch nicht dokumentiert.',
  'idbox.searchInstead': 'Danach suchen',

  'events.title': 'Alle Ereignisse',
  'events.intro':
    'Alle dokumentierten Ereignisse. Filtern Sie die Tabelle oder sortieren Sie sie nach einer beliebigen Spalte.',
  'events.sourceTitle': 'Ereignisse von {source}',
  'events.filter.source': 'Quelle',
  'events.filter.category': 'Kategorie',
  'events.filter.level': 'Ebene',
  'events.filter.version': 'Produktversion',
  'events.filter.text': 'Filtern',
  'events.filter.any': 'Alle',
  'events.filter.reset': 'Filter zurücksetzen',
  'events.shown': '{shown} von {total} Ereignissen',
  'events.none': 'Kein Ereignis entspricht diesen Filtern.',
  'events.col.id': 'Ereignis-ID',
  'events.col.source': 'Quelle',
  'events.col.category': 'Kategorie',
  'events.col.level': 'Ebene',
  'events.col.symbolicName': 'Symbolischer Name',
  'events.col.title': 'Zusammenfassung',
  'events.col.versions': 'Versionen',

  'ids.title': 'Ereignis-ID {id}',
  'ids.intro': {
    one: 'Ein Artikel dokumentiert die Ereignis-ID {id}.',
    other:
      '{count} Artikel dokumentieren die Ereignis-ID {id}. Wählen Sie den Artikel, der zu Ihrer Quelle und Produktversion passt.',
  },

  'details.title': 'Details',
  'details.productName': 'Produktname',
  'details.productVersion': 'Produktversion',
  'details.eventId': 'Ereignis-ID',
  'details.eventSource': 'Ereignisquelle',
  'details.category': 'Kategorie',
  'details.symbolicName': 'Symbolischer Name',
  'details.messageText': 'Meldungstext',
  'details.messageExample': 'Beispiel aus dem Protokoll',
  'details.level': 'Ebene',
  'details.alertType': 'Warnungstyp',
  'details.rulePath': 'Regelpfad',
  'details.ruleName': 'Regelname',
  'details.analyzerRule': 'Analyzer-Regel',
  'details.unconfirmed': 'nicht bestätigt',
  'details.unconfirmedNote': 'Von den veröffentlichten Quellen nicht bestätigt.',
  'details.levelsDisagree': 'Quellen widersprechen sich',
  'details.copy': 'Kopieren',
  'details.copied': 'Kopiert',
  'details.alsoLoggedBy': 'Ebenfalls protokolliert von',
  'details.localizedMessage': 'So protokolliert auf einem Server in der Sprache {language}',
  'article.references': 'Quellen',

  'level.error': 'Fehler',
  'level.warning': 'Warnung',
  'level.information': 'Informationen',
  'kind.event': 'Ereignis',
  'kind.alert': 'Management Pack-Warnung',
  'kind.analyzer': 'Regel des Exchange Server Analyzer',

  'article.related': 'Verwandte Ereignisse',
  'article.updated': 'Aktualisiert am {date}',
  'article.variants': {
    one: 'Zu diesem Ereignis gibt es einen Artikel',
    other: 'Zu diesem Ereignis gibt es {count} Artikel',
  },
  'article.variantsIntro':
    'Mehrere Artikel dokumentieren dieses Ereignis. Wählen Sie den Artikel für Ihre Produktversion und Art:',
  'article.thisArticle': 'unten angezeigt',

  'fallback.missing':
    'Dieser Artikel ist noch nicht ins Deutsche übersetzt und wird auf Englisch angezeigt.',
  'fallback.outdated':
    'Das englische Original wurde geändert, seit diese Übersetzung erstellt wurde ({date}).',
  'fallback.readOriginal': 'Englisches Original lesen',
  'fallback.untranslatedSection':
    'Dieser Abschnitt ist noch nicht übersetzt und wird auf Englisch angezeigt.',
  'fallback.showOriginal': 'Englisches Original anzeigen',
  'fallback.showTranslation': 'Übersetzung anzeigen',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.intro':
    'Unter dieser Adresse gibt es keine Seite. Das Ereignis ist vielleicht noch nicht dokumentiert, oder der Link ist fehlerhaft.',
  'notFound.tryId': 'Schlagen Sie ein Ereignis über seine ID nach:',
  'notFound.links': 'Oder beginnen Sie auf einer dieser Seiten:',
  'notFound.resolving': 'Ereignis wird gesucht …',

  'translations.title': 'Stand der Übersetzungen',
  'translations.intro':
    'Wie viele Artikel in die einzelnen Sprachen übersetzt sind. Nicht übersetzte Teile werden immer aus dem englischen Original angezeigt und entsprechend gekennzeichnet.',
  'translations.summary': 'Artikel je Sprache und Status',
  'translations.list': 'Alle Artikel',
  'translations.col.locale': 'Sprache',
  'translations.col.article': 'Artikel',
  'translations.col.total': 'Artikel',
  'status.original': 'Original',
  'status.translated': 'übersetzt',
  'status.partial': 'teilweise übersetzt',
  'status.outdated': 'veraltet',
  'status.missing': 'nicht übersetzt',

  'integrations.title': 'Links aus Überwachungswerkzeugen',
  'integrations.intro':
    'Jedes Überwachungswerkzeug kann pro Regel eine URL speichern. Verweisen Sie damit auf diese Wissensdatenbank, dann öffnet eine Warnung den passenden Artikel in der Sprache des Lesers. Die folgenden Adressen bleiben dauerhaft gültig.',
  'integrations.addresses': 'Zwei dauerhafte Adressformen',
  'integrations.permalink':
    'Permalink eines Ereignisses: die Quelle in Kleinbuchstaben mit Bindestrichen statt Leerzeichen, dann die ID. Er öffnet den Artikel in der Sprache des Lesers.',
  'integrations.go':
    'Auflöser für Werkzeuge, die Parameter einsetzen: Quelle und ID in beliebiger Reihenfolge und Schreibweise, optional lang, version (Produktversion) und kind (event, alert, analyzer). Auch die Parameter der Ereignisanzeige (EvtSrc, EvtID, ProdVer, LCID …) funktionieren.',
  'integrations.template': 'Vorlage',
  'integrations.example': 'Was das Werkzeug für MSExchangeTransport 2004 öffnet:',
  'integrations.eventViewer':
    'Der Link „Onlinehilfe zum Ereignisprotokoll“ der Ereignisanzeige sendet Quelle, ID, Produktversion und Sprache des Ereignisses an die Adresse im Registrierungswert MicrosoftRedirectionURL. Legen Sie ihn auf den Exchange-Servern fest (oder per Gruppenrichtlinie):',
  'integrations.scom':
    'Fügen Sie in einer Operations Manager-Regel oder einem Monitor für ein Exchange-Ereignis den Link in das Unternehmenswissen oder in die Warnungsbeschreibung ein. Quelle und ID des Ereignisses stammen aus den Warnungsparametern:',
  'integrations.zabbix':
    'Definieren Sie in der Vorlage für das Windows-Ereignisprotokoll Quelle und ID als Benutzermakros und verwenden Sie diese im URL-Feld des Triggers:',
  'integrations.nagios':
    'Geben Sie jedem Ereignisprotokoll-Service benutzerdefinierte Variablen für Quelle und ID und verwenden Sie diese in notes_url:',
  'integrations.prometheus':
    'Fügen Sie der Alarmregel eine runbook_url-Annotation hinzu; Alertmanager gibt sie an jeden Empfänger weiter:',
  'integrations.grafana':
    'Legen Sie in einer Grafana-Warnungsregel die Annotation „Runbook URL“ fest. Mit lang legen Sie die Sprache für ein Team fest:',

  'search.label': 'Wissensdatenbank durchsuchen',
  'search.placeholder': 'Ereignisse, Meldungen suchen …  ( / )',
  'search.submit': 'Suchen',
  'search.title': 'Suche',
  'search.resultsFor': 'Ergebnisse für „{query}“',
  'search.count': { one: '{count} Ergebnis', other: '{count} Ergebnisse' },
  'search.allResults': 'Alle Ergebnisse anzeigen',
  'search.loading': 'Suchindex wird geladen …',
  'search.loadFailed':
    'Der Suchindex konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'search.noResults': 'Keine Treffer für „{query}“.',
  'search.noResultsHelp':
    'Versuchen Sie weniger oder andere Wörter, nur die Ereignis-ID oder den symbolischen Namen. Sie können ein Ereignis auch über seine ID nachschlagen:',
  'search.suggestions': 'Oder versuchen Sie eine dieser Suchen:',
  'search.empty':
    'Geben Sie Wörter aus dem Ereignis, eine Ereignis-ID, einen symbolischen Namen oder einen SMTP-Status ein, oder fügen Sie die ganze Ereignisbeschreibung ein.',
  'search.undocumented':
    'Das Ereignis {query} ist in dieser Wissensdatenbank noch nicht dokumentiert. Die folgenden Ergebnisse helfen vielleicht trotzdem.',
  'search.english': 'EN',
  'search.englishTitle': 'Noch nicht übersetzt: auf Englisch angezeigt',
  'search.exact': 'Genauer Treffer',
  'search.template': 'Passt zur eingefügten Beschreibung',
  'search.valuesCaption': 'Werte im eingefügten Ereignis',
  'search.placeholderCol': 'Platzhalter',
  'search.valueCol': 'Wert',
  'search.eventViewerPaste': 'Aus der Ereignisanzeige kopiertes Ereignis erkannt: {source} {id}.',
  'search.smtpCodes': 'SMTP-Codes in Ihrer Suche:',
  'search.smtpOption': 'SMTP-Code {code}: Referenz',
  'search.filters': 'Ergebnisse filtern',

  'search.popular':
    'Zertifikat|Rückstau|Sendeconnector|Warteschlange|Empfangsconnector|Ablageverzeichnis',
  'smtp.title': 'SMTP-Antwort- und Statuscodes',
  'smtp.intro':
    'Was die Codes in SMTP-Antworten, Unzustellbarkeitsberichten und Transportereignissen bedeuten, ob der Absender es erneut versucht und was Sie in Exchange prüfen sollten.',
  'smtp.replyCodes': 'Antwortcodes',
  'smtp.enhancedCodes': 'Erweiterte Statuscodes',
  'smtp.enhancedIntro':
    'Ein erweiterter Statuscode hat die Form Klasse.Betreff.Detail: Die Klasse gibt an, ob der Fehler vorübergehend (4) oder dauerhaft (5) ist, der Betreff, worum es geht.',
  'smtp.class.2': 'Erfolg',
  'smtp.class.3': 'Zwischenantwort: Der Server wartet auf weitere Daten',
  'smtp.class.4':
    'Vorübergehender Fehler: Der Absender behält die Nachricht und versucht es erneut',
  'smtp.class.5': 'Dauerhafter Fehler: Die Nachricht geht an den Absender zurück',
  'smtp.subject.0': 'Sonstiges oder undefiniert',
  'smtp.subject.1': 'Adressierung',
  'smtp.subject.2': 'Postfach',
  'smtp.subject.3': 'Mailsystem',
  'smtp.subject.4': 'Netzwerk und Routing',
  'smtp.subject.5': 'Zustellprotokoll',
  'smtp.subject.6': 'Nachrichteninhalt oder Medien',
  'smtp.subject.7': 'Sicherheit oder Richtlinien',
  'smtp.codeTitle': 'SMTP {code}',
  'smtp.registryName': 'Name im Register',
  'smtp.reference': 'Definiert in',
  'smtp.ndrText': 'Text in Exchange-Unzustellbarkeitsberichten',
  'smtp.kind': 'Art',
  'smtp.summary': 'Bedeutung',
  'smtp.causes': 'Typische Ursachen in Exchange',
  'smtp.checks': 'Was Sie prüfen sollten',
  'smtp.events': 'Ereignisse, in denen der Code vorkommt',
  'smtp.otherClasses': 'Gleiches Detail, andere Klassen',
  'smtp.noText': 'Für diesen Code gibt es noch keine Erklärung.',

  'pipeline.title': 'Der Weg einer Nachricht durch den Transport',
  'pipeline.desc':
    'Nachrichten kommen über den SMTP-Empfang oder die Abhol- und Wiedergabeverzeichnisse an, warten in der Übermittlungswarteschlange auf das Kategorisierungsmodul, werden geroutet und verlassen den Server über SMTP-Senden, die Postfachzustellung oder das Ablageverzeichnis eines Fremdconnectors. Die Warteschlangendatenbank hält sie so lange vor; der Ressourcen-Manager steuert den Rückstau. Jede Station führt zu ihren Ereignissen.',
  'pipeline.receive': 'SMTP-Empfang',
  'pipeline.pickup': 'Abholen / Wiedergabe',
  'pipeline.categorizer': 'Kategorisierung',
  'pipeline.routing': 'Routing',
  'pipeline.send': 'SMTP-Senden',
  'pipeline.delivery': 'Postfachzustellung',
  'pipeline.drop': 'Ablageverzeichnis',
  'pipeline.queue': 'Warteschlangendatenbank',
  'pipeline.resources': 'Ressourcen-Manager',
  'pipeline.events': 'Ereignisse dieser Station: {stage}',

  'root.redirecting': 'Sie werden zur Website in Ihrer Sprache weitergeleitet …',

  // Search 2: IDs shared by several sources, sister sources
  'search.sharedId':
    'Die Ereignis-ID {id} kommt bei mehreren Quellen vor: {sources}. Wählen Sie die Quelle aus Ihrem Protokoll.',
  'search.sharedIdLink': 'Im Vergleich ansehen',
  'search.loggedAs': 'auch von {source} protokolliert',

  'footer.about':
    'Unabhängige Referenz der Transportereignisse von Microsoft Exchange. Nicht mit Microsoft verbunden.',

  // Lesen auf dem Telefon (Issue 16): kompakte Kopfzeile, Kopierknöpfe, „Auf dieser Seite“, Filterleiste.
  'header.menu': 'Menü',
  'header.openSearch': 'Suche',
  'copy.command': 'Befehl kopieren',
  'copy.code': 'Code kopieren',
  'copy.failed': 'Kopieren nicht möglich: Text bitte markieren',
  'toc.title': 'Auf dieser Seite',
  'events.filter.more': 'Filter',
  'pipeline.support': 'Von allen Stationen genutzt',
  // Log triage (issue 15): the /<locale>/triage/ page, its report and its exports.
  'nav.triage': 'Protokollanalyse',
  'home.triage': 'Exportiertes Ereignisprotokoll auswerten',
  'home.triageText':
    'Ziehen Sie den Export eines ganzen Anwendungsprotokolls von einem oder mehreren Servern hierher: Jedes Transportereignis wird gruppiert, gezählt und mit seinem Artikel verknüpft – ausgewertet in Ihrem Browser, nie hochgeladen.',
  'triage.title': 'Protokollanalyse',
  'triage.intro':
    'Ziehen Sie exportierte Ereignisprotokolle hierher oder fügen Sie Ereignisse ein. Jedes Ereignis wird nach Quelle und ID gruppiert, gezählt und mit seinem Artikel verknüpft, zusammen mit den Werten, die es enthielt: Connectors, Remotehosts, SMTP-Statuscodes.',
  'triage.privacy':
    'Ihr Protokoll bleibt auf diesem Gerät. Ihr Browser liest es hier aus: Nichts wird hochgeladen, und die Seite sendet keinen Teil davon irgendwohin.',
  'triage.formats':
    'Unterstützt werden: Protokolldateien der Ereignisanzeige (.evtx) und ihre Exporte über „Alle Ereignisse speichern unter“ als CSV, Text und XML; XML von wevtutil; PowerShell Get-WinEvent mit Export-Csv oder ConvertTo-Json; aus dem Detailbereich der Ereignisanzeige kopierter Text. Spaltennamen und Ebenen auf Englisch, Deutsch oder Russisch; UTF-8 oder UTF-16.',
  'triage.command.title': 'Die letzten 24 Stunden eines Servers exportieren',
  'triage.command.intro':
    'Führen Sie diesen Befehl in PowerShell auf dem Exchange-Server aus: Er schreibt die Exchange-Ereignisse der letzten 24 Stunden aus dem Anwendungsprotokoll in die Datei transport-events.csv im aktuellen Ordner. Für einen anderen Server ergänzen Sie Get-WinEvent um -ComputerName mit dessen Namen.',
  'triage.command.label': 'PowerShell-Befehl',
  'triage.noscript':
    'Die Protokollanalyse läuft in Ihrem Browser und benötigt JavaScript. Der Exportbefehl unten funktioniert auch ohne.',
  'triage.input.region': 'Auszuwertende Protokolle',
  'triage.input.drop': 'Exportierte Protokolle hierher ziehen',
  'triage.input.choose': 'Dateien auswählen',
  'triage.input.hint': 'Mehrere Dateien auf einmal sind möglich; jede wird für sich erkannt.',
  'triage.input.paste': 'Oder Ereignisse einfügen',
  'triage.input.pasteHint': 'Detailtext, CSV, XML oder JSON wie exportiert.',
  'triage.input.pasteSubmit': 'Eingefügten Text auswerten',
  'triage.input.pastedName': 'Eingefügter Text',
  'triage.catalog.loading': 'Liste der dokumentierten Ereignisse wird geladen …',
  'triage.catalog.failed':
    'Die Liste der dokumentierten Ereignisse konnte nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'triage.worker.failed':
    'Die Auswertung konnte in diesem Browser nicht starten. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'triage.progress': 'Protokolle werden gelesen',
  'triage.progress.status': '{read} von {total} gelesen, bisher {events} Ereignisse',
  'triage.cancel': 'Abbrechen',
  'triage.cancelled': 'Abgebrochen. Der Bericht zeigt, was bis dahin gelesen wurde.',
  'triage.files': 'Dateien',
  'triage.files.name': 'Datei',
  'triage.files.format': 'Format',
  'triage.files.events': 'Ereignisse',
  'triage.files.notes': 'Hinweise',
  'triage.format.evtx': 'Ereignisprotokolldatei (EVTX)',
  'triage.format.event-viewer-csv': 'CSV der Ereignisanzeige',
  'triage.format.event-viewer-txt': 'Text der Ereignisanzeige (tabulatorgetrennt)',
  'triage.format.xml': 'Ereignis-XML (wevtutil, Ereignisanzeige)',
  'triage.format.powershell-csv': 'PowerShell Export-Csv',
  'triage.format.powershell-json': 'PowerShell ConvertTo-Json',
  'triage.format.details-text': 'Detailtext der Ereignisanzeige',
  'triage.format.unknown': 'Nicht erkannt',
  'triage.note.not-a-log':
    'Kein exportiertes Ereignisprotokoll. Die unterstützten Formate sind unten aufgeführt; exportieren Sie das Protokoll erneut in einem davon.',
  'triage.note.empty': 'Die Datei ist leer.',
  'triage.note.unreadable': 'Die Datei konnte nicht gelesen werden.',
  'triage.note.truncated':
    'Die Datei endet mitten in einem Ereignis und scheint abgeschnitten zu sein. Die Ereignisse davor sind im Bericht enthalten.',
  'triage.note.malformed': {
    one: '{count} Datensatz war kein lesbares Ereignis und wurde übersprungen.',
    other: '{count} Datensätze waren keine lesbaren Ereignisse und wurden übersprungen.',
  },
  'triage.note.legacy-encoding':
    'Nicht als Unicode gespeichert: als {encoding} gelesen. Wenn Umlaute falsch aussehen, exportieren Sie erneut mit -Encoding UTF8.',
  'triage.note.undecodable-characters':
    'Einige Zeichen sind kein gültiges UTF-8 und werden als � angezeigt.',
  'triage.note.checksum': {
    one: 'Eine Prüfsumme stimmt nicht: Die Datei ist möglicherweise beschädigt. Was gelesen werden konnte, steht im Bericht.',
    other:
      '{count} Prüfsummen stimmen nicht: Die Datei ist möglicherweise beschädigt. Was gelesen werden konnte, steht im Bericht.',
  },
  'triage.note.no-events': 'Die Datei enthält keine Ereignisse.',
  'triage.note.too-many-kinds': {
    one: '{count} Ereignis weiterer Arten wurde gezählt, aber nicht gruppiert (zu viele verschiedene Ereignisse).',
    other:
      '{count} Ereignisse weiterer Arten wurden gezählt, aber nicht gruppiert (zu viele verschiedene Ereignisse).',
  },
  'triage.note.cancelled': 'Das Lesen wurde abgebrochen.',
  'triage.report': 'Bericht',
  'triage.summary': '{events} in {groups} aus {files}.',
  'triage.count.events': { one: '{count} Ereignis', other: '{count} Ereignisse' },
  'triage.count.groups': { one: '{count} Gruppe', other: '{count} Gruppen' },
  'triage.count.files': { one: '{count} Datei', other: '{count} Dateien' },
  'triage.times':
    'Zeiten wie im Export: Textexporte in der Ortszeit des Servers, XML, JSON und EVTX in UTC.',
  'triage.filters': 'Bericht filtern',
  'triage.filter.level': 'Ebene',
  'triage.filter.source': 'Quelle',
  'triage.filter.server': 'Server',
  'triage.filter.all': 'Alle',
  'triage.filter.shown': '{shown} von {total} Gruppen angezeigt.',
  'triage.filter.none': 'Keine Gruppe entspricht diesen Filtern.',
  'triage.level.critical': 'Kritisch',
  'triage.level.verbose': 'Ausführlich',
  'triage.level.unknown': 'Ohne Ebene',
  'triage.download.markdown': 'Markdown herunterladen',
  'triage.download.csv': 'CSV herunterladen',
  'triage.copy.markdown': 'Als Markdown kopieren',
  'triage.copied': 'Kopiert',
  'triage.group.first': 'Zuerst',
  'triage.group.last': 'Zuletzt',
  'triage.group.servers': 'Server',
  'triage.group.noServers': 'in diesem Export nicht enthalten',
  'triage.group.more': 'und {count} weitere',
  'triage.group.smtp': 'SMTP-Statuscodes',
  'triage.group.moreArticles': {
    one: 'Ein weiterer Artikel auf der Ereignisseite.',
    other: '{count} weitere Artikel auf der Ereignisseite.',
  },
  'triage.group.undocumented': 'Noch nicht dokumentiert.',
  'triage.group.search': 'Website nach {event} durchsuchen',
  'triage.group.timeline': 'Zeitverlauf',
  'triage.group.sample': 'Beschreibung wie protokolliert',
  'triage.histogram': 'Ereignisse {event} im Zeitverlauf',
  'triage.histogram.desc':
    '{count} von {start} bis {end}; höchstens {max} in einem Intervall von {interval}.',
  'triage.col.level': 'Ebene',
  'triage.col.source': 'Quelle',
  'triage.col.eventId': 'Ereignis-ID',
  'triage.col.count': 'Anzahl',
  'triage.col.article': 'Artikel',
  'triage.col.address': 'Adresse',
  'triage.col.values': 'Werte',
  'triage.report.title': 'Auswertung des Ereignisprotokolls',
  'triage.report.generated': 'Erstellt am {date} aus {files}.',
  'triage.english': 'EN',
  'triage.englishTitle': 'Noch nicht übersetzt: auf Englisch angezeigt',

  // Offline reading and updates (delivery)
  'offline.title': 'Offline lesen',
  'offline.intro':
    'Jede geöffnete Seite wird auf diesem Gerät gespeichert, zusammen mit der Suche ihrer Sprache. So können Sie sie auch bei einem Netzwerkausfall wieder öffnen und durchsuchen.',
  'offline.allTitle': 'Die ganze Wissensdatenbank offline verfügbar machen',
  'offline.allIntro':
    'Lädt alle deutschen Seiten, die Suche und die Links für Überwachungssysteme herunter, damit Sie sie bei einem Ausfall ganz ohne Netzwerk lesen können.',
  'offline.size': '{pages} Seiten, {size} auf diesem Gerät',
  'offline.sizeLoading': 'Größe wird ermittelt …',
  'offline.download': 'Herunterladen ({size})',
  'offline.progress': '{done} von {total} Dateien, {doneSize} von {size}',
  'offline.done': 'Alle deutschen Seiten sind auf diesem Gerät: {pages} Seiten, {size}.',
  'offline.failed':
    'Der Download wurde abgebrochen ({reason}). Versuchen Sie es erneut, sobald der Server erreichbar ist.',
  'offline.updateFirst':
    'Eine neue Version steht bereit: Laden Sie die Seite zuerst neu und starten Sie dann den Download.',
  'offline.unsupported':
    'Dieser Browser kann die Website nicht offline speichern: Dafür sind Service Worker und eine sichere Adresse (https oder localhost) nötig.',
  'offline.noscript':
    'Offline lesen erfordert JavaScript. Ohne JavaScript werden die Seiten vom Server geladen.',
  'offline.missing':
    'Sie sind offline, und {path} ist auf diesem Gerät nicht gespeichert. Bereits geöffnete Seiten können Sie weiterhin lesen.',
  'offline.updateReady': 'Eine neue Version der Wissensdatenbank steht bereit.',
  'offline.reload': 'Neu laden',
  'footer.offline': 'Offline lesen',
};

export default de;
