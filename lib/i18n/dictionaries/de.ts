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
};

export default de;
