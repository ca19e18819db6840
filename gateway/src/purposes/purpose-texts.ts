import type { Language } from '../common/language.js';
import type { LegalBasis, MarketingChannel, PurposeKey } from './purpose-catalogue.js';

/**
 * What a person reads about one purpose, in one language. The wording follows the operator's
 * privacy policy; retention and phone numbers are the policy's own.
 */
export interface PurposeText {
  /** Short label for a switch, e.g. "Personalised TV advertising". */
  title: string;
  /** 1-3 sentences in the policy's own words: what data, what for, what changes when the person says no. */
  description: string;
  /** How long the data is kept, in plain words. */
  retention: string;
  /** How to withdraw or object (e.g. "Switch this off here at any time, or call 0800 55 800."). */
  howToWithdraw: string;
}

export interface PurposeTextVersion {
  version: number;
  /** ISO date. */
  publishedAt: string;
  texts: Record<Language, PurposeText>;
}

// A decision proves which text the person saw, so a published version is never edited: a change
// of wording is a new version appended at the end of its purpose's list.
const firstPublication = '2026-11-01';

function firstVersion(texts: Record<Language, PurposeText>): readonly PurposeTextVersion[] {
  return [{ version: 1, publishedAt: firstPublication, texts }];
}

/** Every version ever published, oldest first: past decisions point at the version they showed. */
export const purposeTextVersions: Record<PurposeKey, readonly PurposeTextVersion[]> = {
  'direct-marketing': firstVersion({
    en: {
      title: 'Offers and news from Proximus',
      description:
        'We use your contact details and customer profile (such as your age, where you live and the products you use) to tell you about Proximus products, services and promotions that suit you: by phone, text message, e-mail, post or a pop-up on the web. You can say no to all of it or only to some channels, without giving a reason, and we stop sending you offers that way.',
      retention: 'We keep customer data for at most 10 years after you stop being a customer.',
      howToWithdraw:
        'Switch this off here at any time, completely or channel by channel. You can also use the unsubscribe link in our commercial e-mails and text messages, or call 0800 55 800 (free).',
    },
    nl: {
      title: 'Aanbiedingen en nieuws van Proximus',
      description:
        'We gebruiken je contactgegevens en je klantprofiel (zoals je leeftijd, je woonplaats en de producten die je gebruikt) om je te informeren over producten, diensten en promoties van Proximus die bij je passen: via telefoon, sms, e-mail, post of een pop-up op het web. Je kunt alles weigeren of alleen bepaalde kanalen, zonder een reden op te geven; dan sturen we je langs die weg geen aanbiedingen meer.',
      retention: 'We bewaren klantgegevens maximaal 10 jaar nadat je geen klant meer bent.',
      howToWithdraw:
        "Zet dit hier op elk moment uit, helemaal of per kanaal. Je kunt ook de afmeldlink in onze commerciële e-mails en sms'en gebruiken, of gratis 0800 55 800 bellen.",
    },
    fr: {
      title: 'Offres et actualités de Proximus',
      description:
        "Nous utilisons vos coordonnées et votre profil client (par exemple votre âge, votre lieu de résidence et les produits que vous utilisez) pour vous informer des produits, services et promotions de Proximus qui vous correspondent : par téléphone, SMS, e-mail, courrier ou pop-up sur le web. Vous pouvez tout refuser ou seulement certains canaux, sans devoir vous justifier ; nous ne vous envoyons alors plus d'offres par ce biais.",
      retention: "Nous conservons les données clients au maximum 10 ans après que vous avez cessé d'être client.",
      howToWithdraw:
        'Désactivez cette option ici à tout moment, entièrement ou canal par canal. Vous pouvez aussi utiliser le lien de désinscription de nos e-mails et SMS commerciaux, ou appeler gratuitement le 0800 55 800.',
    },
    de: {
      title: 'Angebote und Neuigkeiten von Proximus',
      description:
        'Wir nutzen Ihre Kontaktdaten und Ihr Kundenprofil (zum Beispiel Ihr Alter, Ihren Wohnort und die Produkte, die Sie nutzen), um Sie über passende Produkte, Dienste und Aktionen von Proximus zu informieren: per Telefon, SMS, E-Mail, Post oder Pop-up im Internet. Sie können alles ablehnen oder nur einzelne Kanäle, ohne Angabe von Gründen; dann senden wir Ihnen auf diesem Weg keine Angebote mehr.',
      retention: 'Wir bewahren Kundendaten höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung auf.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus, ganz oder für einzelne Kanäle. Sie können auch den Abmeldelink in unseren Werbe-E-Mails und -SMS nutzen oder kostenlos 0800 55 800 anrufen.',
    },
  }),

  'group-sharing': firstVersion({
    en: {
      title: 'Sharing with Proximus Group companies',
      description:
        "We may share your contact details and data on the products and services you use or are interested in with Proximus Group subsidiaries, such as Proximus ICT and ClearMedia, so they can keep you informed about all the Group's solutions. If you object, we stop sharing your data with them for this purpose.",
      retention: 'We keep customer data for at most 10 years after you stop being a customer.',
      howToWithdraw: 'Switch this off here at any time, or call 0800 55 800 (free).',
    },
    nl: {
      title: 'Delen met bedrijven van de Proximus Groep',
      description:
        'We kunnen je contactgegevens en gegevens over de producten en diensten die je gebruikt of die je interesseren, delen met dochterondernemingen van de Proximus Groep, zoals Proximus ICT en ClearMedia, zodat zij je kunnen informeren over alle oplossingen van de groep. Als je bezwaar maakt, delen we je gegevens hiervoor niet meer met hen.',
      retention: 'We bewaren klantgegevens maximaal 10 jaar nadat je geen klant meer bent.',
      howToWithdraw: 'Zet dit hier op elk moment uit, of bel gratis 0800 55 800.',
    },
    fr: {
      title: 'Partage avec les sociétés du groupe Proximus',
      description:
        "Nous pouvons partager vos coordonnées et des données sur les produits et services que vous utilisez ou qui vous intéressent avec les filiales du groupe Proximus, comme Proximus ICT et ClearMedia, pour qu'elles vous informent de toutes les solutions du groupe. Si vous vous y opposez, nous ne partageons plus vos données avec elles à cette fin.",
      retention: "Nous conservons les données clients au maximum 10 ans après que vous avez cessé d'être client.",
      howToWithdraw: 'Désactivez cette option ici à tout moment, ou appelez gratuitement le 0800 55 800.',
    },
    de: {
      title: 'Weitergabe an Unternehmen der Proximus-Gruppe',
      description:
        'Wir können Ihre Kontaktdaten und Daten zu den Produkten und Diensten, die Sie nutzen oder die Sie interessieren, an Tochtergesellschaften der Proximus-Gruppe wie Proximus ICT und ClearMedia weitergeben, damit diese Sie über alle Lösungen der Gruppe informieren können. Wenn Sie widersprechen, geben wir Ihre Daten dafür nicht mehr an sie weiter.',
      retention: 'Wir bewahren Kundendaten höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung auf.',
      howToWithdraw: 'Schalten Sie dies hier jederzeit aus oder rufen Sie kostenlos 0800 55 800 an.',
    },
  }),

  'tv-personalized-ads': firstVersion({
    en: {
      title: 'Personalised TV advertising',
      description:
        'On some TV channels you watch via Pickx, commercials can be adapted to your interests. For this we build a profile from your administrative data (such as age, language, postal code and the services you use), socio-demographic data we buy and what you watch; advertisers only receive anonymous statistics. If you object, what you watch is no longer used for adapted TV advertising or for your TV advertising profile.',
      retention: 'At most 10 years after you stop being a customer, like all customer data.',
      howToWithdraw:
        'Switch this off here at any time, in the privacy settings on your TV, or call 0800 33 750 (free).',
    },
    nl: {
      title: 'Gepersonaliseerde tv-reclame',
      description:
        'Op sommige tv-zenders die je via Pickx bekijkt, kan de reclame worden afgestemd op je interesses. Daarvoor maken we een profiel op basis van je administratieve gegevens (zoals leeftijd, taal, postcode en de diensten die je gebruikt), sociodemografische gegevens die we aankopen en je kijkgedrag; adverteerders krijgen alleen anonieme statistieken. Als je bezwaar maakt, gebruiken we je kijkgedrag niet meer voor aangepaste tv-reclame of voor je reclameprofiel voor tv.',
      retention: 'Maximaal 10 jaar nadat je geen klant meer bent, zoals alle klantgegevens.',
      howToWithdraw: 'Zet dit hier op elk moment uit, in de privacy-instellingen op je tv, of bel gratis 0800 33 750.',
    },
    fr: {
      title: 'Publicité TV personnalisée',
      description:
        "Sur certaines chaînes que vous regardez via Pickx, les spots publicitaires peuvent être adaptés à vos centres d'intérêt. Pour cela, nous créons un profil à partir de vos données administratives (par exemple âge, langue, code postal et services utilisés), de données sociodémographiques que nous achetons et de votre comportement de visionnage ; les annonceurs ne reçoivent que des statistiques anonymes. Si vous vous y opposez, votre comportement de visionnage n'est plus utilisé pour la publicité TV adaptée ni pour votre profil publicitaire TV.",
      retention: "Au maximum 10 ans après que vous avez cessé d'être client, comme toutes les données clients.",
      howToWithdraw:
        'Désactivez cette option ici à tout moment, dans les paramètres de confidentialité de votre TV, ou appelez gratuitement le 0800 33 750.',
    },
    de: {
      title: 'Personalisierte TV-Werbung',
      description:
        'Auf einigen Sendern, die Sie über Pickx sehen, kann die Werbung auf Ihre Interessen abgestimmt werden. Dafür erstellen wir ein Profil aus Ihren Verwaltungsdaten (zum Beispiel Alter, Sprache, Postleitzahl und genutzte Dienste), soziodemografischen Daten, die wir einkaufen, und Ihrem Sehverhalten; Werbetreibende erhalten nur anonyme Statistiken. Wenn Sie widersprechen, wird Ihr Sehverhalten nicht mehr für angepasste TV-Werbung oder für Ihr TV-Werbeprofil genutzt.',
      retention: 'Höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung, wie alle Kundendaten.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus, in den Datenschutzeinstellungen Ihres Fernsehers, oder rufen Sie kostenlos 0800 33 750 an.',
    },
  }),

  'tv-recommendations': firstVersion({
    en: {
      title: 'Personalised recommendations on Pickx',
      description:
        'Your Pickx decoder, the Pickx app and the Pickx website register what you do with them. We use this to give you personalised recommendations about Pickx and other Proximus services. If you object, you no longer get personalised recommendations about Pickx services.',
      retention: 'At most 10 years after you stop being a customer, like all customer data.',
      howToWithdraw: 'Switch this off here at any time, or in the options menu on your TV screen.',
    },
    nl: {
      title: 'Persoonlijke aanbevelingen op Pickx',
      description:
        'Je Pickx-decoder, de Pickx-app en de Pickx-website registreren wat je ermee doet. Daarmee geven we je persoonlijke aanbevelingen over Pickx en andere diensten van Proximus. Als je bezwaar maakt, krijg je geen persoonlijke aanbevelingen meer over de Pickx-diensten.',
      retention: 'Maximaal 10 jaar nadat je geen klant meer bent, zoals alle klantgegevens.',
      howToWithdraw: 'Zet dit hier op elk moment uit, of via het optiemenu op je tv-scherm.',
    },
    fr: {
      title: 'Recommandations personnalisées sur Pickx',
      description:
        "Votre décodeur Pickx, l'app Pickx et le site Pickx enregistrent ce que vous y faites. Nous nous en servons pour vous faire des recommandations personnalisées sur Pickx et d'autres services Proximus. Si vous vous y opposez, vous ne recevez plus de recommandations personnalisées sur les services Pickx.",
      retention: "Au maximum 10 ans après que vous avez cessé d'être client, comme toutes les données clients.",
      howToWithdraw: 'Désactivez cette option ici à tout moment, ou via le menu des options sur votre écran TV.',
    },
    de: {
      title: 'Persönliche Empfehlungen auf Pickx',
      description:
        'Ihr Pickx-Decoder, die Pickx-App und die Pickx-Website speichern, was Sie damit tun. Damit geben wir Ihnen persönliche Empfehlungen zu Pickx und anderen Proximus-Diensten. Wenn Sie widersprechen, erhalten Sie keine persönlichen Empfehlungen zu den Pickx-Diensten mehr.',
      retention: 'Höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung, wie alle Kundendaten.',
      howToWithdraw: 'Schalten Sie dies hier jederzeit aus oder im Optionsmenü auf Ihrem Fernsehbildschirm.',
    },
  }),

  'web-personalized-ads': firstVersion({
    en: {
      title: 'Personalised ads on websites and in apps',
      description:
        'With your permission, we build a “web profile” from data we hold about you (such as your age, postal code, Proximus products and the kinds of TV programmes you watch) and from third-party advertising cookies, so the ads you see on websites and in apps match your interests better; you will not see more ads. This only works if you have also signed in at least once on a Proximus website or app, and accepted third-party advertising cookies both there and on the website or app showing the ad. Without your permission, no web profile is made.',
      retention:
        'Your web profile is used only as long as you allow it. The data it is built from are kept for at most 10 years after you stop being a customer (traffic data: at most 12 months).',
      howToWithdraw:
        'Switch this off here at any time. You can also refuse third-party advertising cookies in the cookie settings of our websites and apps.',
    },
    nl: {
      title: 'Gepersonaliseerde reclame op het web en in apps',
      description:
        "Met je toestemming maken we een “webprofiel” op basis van gegevens die we over je hebben (zoals je leeftijd, postcode, Proximus-producten en het soort tv-programma's dat je bekijkt) en van advertentiecookies van derden, zodat de advertenties op websites en in apps beter bij je interesses passen; je ziet er niet meer door. Dit werkt alleen als je je ook minstens één keer hebt aangemeld op een website of app van Proximus en advertentiecookies van derden hebt aanvaard, zowel daar als op de website of app die de advertentie toont. Zonder je toestemming maken we geen webprofiel.",
      retention:
        'Je webprofiel wordt alleen gebruikt zolang je dat toestaat. De gegevens waarop het steunt, bewaren we maximaal 10 jaar nadat je geen klant meer bent (verkeersgegevens: maximaal 12 maanden).',
      howToWithdraw:
        'Zet dit hier op elk moment uit. Je kunt ook advertentiecookies van derden weigeren in de cookie-instellingen van onze websites en apps.',
    },
    fr: {
      title: 'Publicité personnalisée sur le web et les apps',
      description:
        "Avec votre accord, nous créons un « profil web » à partir des données que nous détenons sur vous (par exemple votre âge, votre code postal, vos produits Proximus et le type de programmes TV que vous regardez) et de cookies publicitaires de tiers, afin que les publicités sur les sites web et dans les apps correspondent mieux à vos centres d'intérêt ; vous n'en verrez pas davantage. Cela ne fonctionne que si vous vous êtes aussi connecté au moins une fois sur un site ou une app de Proximus et avez accepté les cookies publicitaires de tiers, à la fois sur ce site ou cette app et sur le site ou l'app qui affiche la publicité. Sans votre accord, aucun profil web n'est créé.",
      retention:
        "Votre profil web n'est utilisé que tant que vous l'autorisez. Les données sur lesquelles il repose sont conservées au maximum 10 ans après que vous avez cessé d'être client (données de trafic : au maximum 12 mois).",
      howToWithdraw:
        'Désactivez cette option ici à tout moment. Vous pouvez aussi refuser les cookies publicitaires de tiers dans les paramètres cookies de nos sites et apps.',
    },
    de: {
      title: 'Personalisierte Werbung im Internet und in Apps',
      description:
        'Mit Ihrer Zustimmung erstellen wir ein „Webprofil“ aus Daten, die wir über Sie haben (zum Beispiel Ihr Alter, Ihre Postleitzahl, Ihre Proximus-Produkte und die Art der Fernsehsendungen, die Sie sehen), und aus Werbe-Cookies von Drittanbietern, damit die Werbung auf Websites und in Apps besser zu Ihren Interessen passt; Sie sehen dadurch nicht mehr Werbung. Das funktioniert nur, wenn Sie sich außerdem mindestens einmal auf einer Website oder App von Proximus angemeldet und Werbe-Cookies von Drittanbietern akzeptiert haben, sowohl dort als auch auf der Website oder App, die die Werbung zeigt. Ohne Ihre Zustimmung wird kein Webprofil erstellt.',
      retention:
        'Ihr Webprofil wird nur genutzt, solange Sie es erlauben. Die Daten, auf denen es beruht, bewahren wir höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung auf (Verkehrsdaten: höchstens 12 Monate).',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus. Sie können Werbe-Cookies von Drittanbietern auch in den Cookie-Einstellungen unserer Websites und Apps ablehnen.',
    },
  }),

  'ads-partner-profiling': firstVersion({
    en: {
      title: 'Advertising profile with Ads & Data',
      description:
        'With your permission, Proximus sends data such as your age, gender, postal code, your use of our websites and apps, and interests we derive from them, in encrypted form to Ads & Data, which builds an advertising profile from them (for example “sports fan”, age group). Proximus and Ads & Data (Vilvoorde) are jointly responsible for this as joint controllers; Ads & Data cannot identify you directly. Without your permission, no such profile is made.',
      retention: 'Ads & Data keeps your advertising profile up to date and for at most 13 months.',
      howToWithdraw:
        'Switch this off here at any time, and adjust the cookie settings on the Proximus websites and app. The Proximus Data Protection Officer is your single point of contact for both companies.',
    },
    nl: {
      title: 'Reclameprofiel met Ads & Data',
      description:
        "Met je toestemming stuurt Proximus gegevens zoals je leeftijd, geslacht, postcode, je gebruik van onze websites en apps en de interesses die we daaruit afleiden, versleuteld naar Ads & Data, dat er een reclameprofiel mee opbouwt (bijvoorbeeld “sportfan”, leeftijdsgroep). Proximus en Ads & Data (Vilvoorde) zijn hier samen verantwoordelijk voor, als gezamenlijke verwerkingsverantwoordelijken; Ads & Data kan je niet rechtstreeks identificeren. Zonder je toestemming wordt zo'n profiel niet gemaakt.",
      retention: 'Ads & Data houdt je reclameprofiel up-to-date en bewaart het maximaal 13 maanden.',
      howToWithdraw:
        'Zet dit hier op elk moment uit en pas de cookie-instellingen op de websites en de app van Proximus aan. De functionaris voor gegevensbescherming van Proximus is je enige aanspreekpunt voor beide bedrijven.',
    },
    fr: {
      title: 'Profil publicitaire avec Ads & Data',
      description:
        "Avec votre accord, Proximus envoie sous forme chiffrée à Ads & Data des données comme votre âge, votre sexe, votre code postal, votre utilisation de nos sites et apps et les centres d'intérêt que nous en déduisons ; Ads & Data en tire un profil publicitaire (par exemple « fan de sport », tranche d'âge). Proximus et Ads & Data (Vilvorde) en sont responsables ensemble, en tant que responsables conjoints du traitement ; Ads & Data ne peut pas vous identifier directement. Sans votre accord, aucun profil de ce type n'est créé.",
      retention: 'Ads & Data tient votre profil publicitaire à jour et le conserve au maximum 13 mois.',
      howToWithdraw:
        "Désactivez cette option ici à tout moment et adaptez les paramètres cookies des sites et de l'app Proximus. Le délégué à la protection des données de Proximus est votre point de contact unique pour les deux sociétés.",
    },
    de: {
      title: 'Werbeprofil mit Ads & Data',
      description:
        'Mit Ihrer Zustimmung sendet Proximus Daten wie Ihr Alter, Ihr Geschlecht, Ihre Postleitzahl, Ihre Nutzung unserer Websites und Apps sowie daraus abgeleitete Interessen verschlüsselt an Ads & Data, das daraus ein Werbeprofil erstellt (zum Beispiel „Sportfan“, Altersgruppe). Proximus und Ads & Data (Vilvoorde) sind dafür gemeinsam verantwortlich, als gemeinsam Verantwortliche im Sinne des Datenschutzes; Ads & Data kann Sie nicht direkt identifizieren. Ohne Ihre Zustimmung wird kein solches Profil erstellt.',
      retention: 'Ads & Data hält Ihr Werbeprofil aktuell und bewahrt es höchstens 13 Monate auf.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus und passen Sie die Cookie-Einstellungen auf den Websites und in der App von Proximus an. Der Datenschutzbeauftragte von Proximus ist Ihr einziger Ansprechpartner für beide Unternehmen.',
    },
  }),

  'ads-partner-selection': firstVersion({
    en: {
      title: 'Ads chosen with Ads & Data',
      description:
        'With your permission, Proximus and Ads & Data (joint controllers) use your advertising profile to choose the ads you see on certain Proximus websites and apps. For this, Ads & Data may share your profile with advertisers that use its services. Without your permission, the ads you see there are not chosen based on your profile.',
      retention: 'Ads & Data keeps your advertising profile up to date and for at most 13 months.',
      howToWithdraw:
        'Switch this off here at any time, and adjust the cookie settings on the Proximus websites and app. Also check the third-party advertising cookies you accepted on other sites where Ads & Data shows ads (they are listed on the Ads & Data website).',
    },
    nl: {
      title: 'Advertenties gekozen met Ads & Data',
      description:
        'Met je toestemming gebruiken Proximus en Ads & Data (gezamenlijke verwerkingsverantwoordelijken) je reclameprofiel om te kiezen welke advertenties je ziet op bepaalde websites en apps van Proximus. Ads & Data kan je profiel daarvoor delen met adverteerders die zijn diensten gebruiken. Zonder je toestemming worden de advertenties die je daar ziet niet op basis van je profiel gekozen.',
      retention: 'Ads & Data houdt je reclameprofiel up-to-date en bewaart het maximaal 13 maanden.',
      howToWithdraw:
        'Zet dit hier op elk moment uit en pas de cookie-instellingen op de websites en de app van Proximus aan. Kijk ook welke advertentiecookies van derden je hebt aanvaard op andere sites waar Ads & Data advertenties toont (de lijst staat op de website van Ads & Data).',
    },
    fr: {
      title: 'Publicités choisies avec Ads & Data',
      description:
        'Avec votre accord, Proximus et Ads & Data (responsables conjoints du traitement) utilisent votre profil publicitaire pour choisir les publicités que vous voyez sur certains sites et apps de Proximus. Pour cela, Ads & Data peut partager votre profil avec les annonceurs qui font appel à ses services. Sans votre accord, les publicités que vous y voyez ne sont pas choisies sur la base de votre profil.',
      retention: 'Ads & Data tient votre profil publicitaire à jour et le conserve au maximum 13 mois.',
      howToWithdraw:
        "Désactivez cette option ici à tout moment et adaptez les paramètres cookies des sites et de l'app Proximus. Vérifiez aussi les cookies publicitaires de tiers que vous avez acceptés sur d'autres sites où Ads & Data diffuse des publicités (la liste figure sur le site d'Ads & Data).",
    },
    de: {
      title: 'Werbung ausgewählt mit Ads & Data',
      description:
        'Mit Ihrer Zustimmung nutzen Proximus und Ads & Data (gemeinsam Verantwortliche) Ihr Werbeprofil, um auszuwählen, welche Werbung Sie auf bestimmten Websites und Apps von Proximus sehen. Dafür kann Ads & Data Ihr Profil an Werbetreibende weitergeben, die seine Dienste nutzen. Ohne Ihre Zustimmung wird die Werbung, die Sie dort sehen, nicht anhand Ihres Profils ausgewählt.',
      retention: 'Ads & Data hält Ihr Werbeprofil aktuell und bewahrt es höchstens 13 Monate auf.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus und passen Sie die Cookie-Einstellungen auf den Websites und in der App von Proximus an. Prüfen Sie auch, welche Werbe-Cookies von Drittanbietern Sie auf anderen Websites akzeptiert haben, auf denen Ads & Data Werbung zeigt (die Liste steht auf der Website von Ads & Data).',
    },
  }),

  'ads-partner-measurement': firstVersion({
    en: {
      title: 'Ad performance measured with Ads & Data',
      description:
        'With your permission, Proximus and Ads & Data (joint controllers) measure how well ads perform, using data such as the ads you saw and clicked on our websites and apps. Without your permission, your data are not used for these measurements.',
      retention: 'Ads & Data keeps your data up to date and for at most 13 months.',
      howToWithdraw:
        'Switch this off here at any time, and adjust the cookie settings on the Proximus websites and app.',
    },
    nl: {
      title: 'Advertentieresultaten meten met Ads & Data',
      description:
        'Met je toestemming meten Proximus en Ads & Data (gezamenlijke verwerkingsverantwoordelijken) hoe goed advertenties werken, met gegevens zoals de advertenties die je op onze websites en apps hebt gezien en aangeklikt. Zonder je toestemming worden je gegevens niet voor deze metingen gebruikt.',
      retention: 'Ads & Data houdt je gegevens up-to-date en bewaart ze maximaal 13 maanden.',
      howToWithdraw:
        'Zet dit hier op elk moment uit en pas de cookie-instellingen op de websites en de app van Proximus aan.',
    },
    fr: {
      title: 'Mesure des publicités avec Ads & Data',
      description:
        "Avec votre accord, Proximus et Ads & Data (responsables conjoints du traitement) mesurent l'efficacité des publicités, à partir de données comme les publicités que vous avez vues et sur lesquelles vous avez cliqué sur nos sites et apps. Sans votre accord, vos données ne sont pas utilisées pour ces mesures.",
      retention: 'Ads & Data tient vos données à jour et les conserve au maximum 13 mois.',
      howToWithdraw:
        "Désactivez cette option ici à tout moment et adaptez les paramètres cookies des sites et de l'app Proximus.",
    },
    de: {
      title: 'Werbewirkung messen mit Ads & Data',
      description:
        'Mit Ihrer Zustimmung messen Proximus und Ads & Data (gemeinsam Verantwortliche), wie gut Werbung wirkt, anhand von Daten wie der Werbung, die Sie auf unseren Websites und in unseren Apps gesehen und angeklickt haben. Ohne Ihre Zustimmung werden Ihre Daten nicht für diese Messungen genutzt.',
      retention: 'Ads & Data hält Ihre Daten aktuell und bewahrt sie höchstens 13 Monate auf.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus und passen Sie die Cookie-Einstellungen auf den Websites und in der App von Proximus an.',
    },
  }),

  'location-reporting': firstVersion({
    en: {
      title: 'Network location data for anonymous reports',
      description:
        'Whenever your mobile phone uses our network, we know which antenna it is connected to: not a precise position like GPS. We make these data anonymous and group them into reports on how many people are or were in a place at a given time, for example for tourist services, cities and municipalities; nobody can be identified in them. If you object, the data of this mobile number are no longer used for these reports.',
      retention:
        'Reports use anonymous data from the present or from up to three months back. Network data on your calls and connections are kept for at most 12 months.',
      howToWithdraw: 'Switch this off here at any time, for each mobile number separately.',
    },
    nl: {
      title: 'Netwerklocatiegegevens voor anonieme rapporten',
      description:
        'Telkens als je gsm ons netwerk gebruikt, weten we met welke antenne hij verbonden is: geen precieze positie zoals bij gps. We maken die gegevens anoniem en groeperen ze in rapporten over hoeveel mensen op een bepaald moment op een plaats zijn of waren, bijvoorbeeld voor toeristische diensten, steden en gemeenten; niemand is daarin herkenbaar. Als je bezwaar maakt, worden de gegevens van dit gsm-nummer niet meer voor die rapporten gebruikt.',
      retention:
        'Rapporten gebruiken anonieme gegevens van nu of van maximaal drie maanden geleden. Netwerkgegevens over je gesprekken en verbindingen bewaren we maximaal 12 maanden.',
      howToWithdraw: 'Zet dit hier op elk moment uit, voor elk gsm-nummer apart.',
    },
    fr: {
      title: 'Données de localisation pour rapports anonymes',
      description:
        "Chaque fois que votre mobile utilise notre réseau, nous savons à quelle antenne il est connecté : ce n'est pas une position précise comme le GPS. Nous rendons ces données anonymes et les regroupons dans des rapports indiquant combien de personnes se trouvent ou se trouvaient à un endroit à un moment donné, par exemple pour des offices du tourisme, des villes et des communes ; personne ne peut y être identifié. Si vous vous y opposez, les données de ce numéro mobile ne sont plus utilisées pour ces rapports.",
      retention:
        "Les rapports utilisent des données anonymes actuelles ou remontant jusqu'à trois mois. Les données réseau sur vos appels et connexions sont conservées au maximum 12 mois.",
      howToWithdraw: 'Désactivez cette option ici à tout moment, séparément pour chaque numéro mobile.',
    },
    de: {
      title: 'Netz-Standortdaten für anonyme Berichte',
      description:
        'Immer wenn Ihr Handy unser Netz nutzt, wissen wir, mit welcher Antenne es verbunden ist: Das ist keine genaue Position wie bei GPS. Wir anonymisieren diese Daten und fassen sie zu Berichten darüber zusammen, wie viele Menschen zu einem bestimmten Zeitpunkt an einem Ort sind oder waren, zum Beispiel für Tourismusbüros, Städte und Gemeinden; niemand ist darin erkennbar. Wenn Sie widersprechen, werden die Daten dieser Mobilnummer nicht mehr für diese Berichte genutzt.',
      retention:
        'Die Berichte nutzen anonyme Daten von jetzt oder bis zu drei Monaten zurück. Netzdaten zu Ihren Anrufen und Verbindungen bewahren wir höchstens 12 Monate auf.',
      howToWithdraw: 'Schalten Sie dies hier jederzeit aus, für jede Mobilnummer einzeln.',
    },
  }),

  'loyalty-profiling': firstVersion({
    en: {
      title: 'Interest profile from Enjoy!',
      description:
        'Enjoy! is the Proximus loyalty programme. From what you do on it, such as the contests and deals you took part in, we work out your interests and add them to your customer profile, which we use to tell you about contests, deals and surprises that suit you and to personalise other Proximus campaigns; this profile is not shared with third parties. If you object, we stop collecting your Enjoy! data for this, and you keep free access to Enjoy! and its contests and deals.',
      retention: 'At most 10 years after you stop being a customer, like all customer data.',
      howToWithdraw: 'Switch this off here at any time, or call 0800 55 800 (free).',
    },
    nl: {
      title: 'Interesseprofiel uit Enjoy!',
      description:
        'Enjoy! is het getrouwheidsprogramma van Proximus. Uit wat je op Enjoy! doet, zoals de wedstrijden en deals waaraan je deelnam, leiden we je interesses af en voegen we ze toe aan je klantprofiel, waarmee we je informeren over wedstrijden, deals en verrassingen die bij je passen en andere campagnes van Proximus op je afstemmen; we delen dat profiel niet met derden. Als je bezwaar maakt, verzamelen we je Enjoy!-gegevens hiervoor niet meer, en je houdt gratis toegang tot Enjoy! en zijn wedstrijden en deals.',
      retention: 'Maximaal 10 jaar nadat je geen klant meer bent, zoals alle klantgegevens.',
      howToWithdraw: 'Zet dit hier op elk moment uit, of bel gratis 0800 55 800.',
    },
    fr: {
      title: "Profil d'intérêts Enjoy!",
      description:
        "Enjoy! est le programme de fidélité de Proximus. À partir de ce que vous y faites, par exemple les concours et deals auxquels vous avez participé, nous déduisons vos centres d'intérêt et les ajoutons à votre profil client, qui nous sert à vous informer des concours, deals et surprises qui vous correspondent et à personnaliser d'autres campagnes Proximus ; ce profil n'est pas partagé avec des tiers. Si vous vous y opposez, nous ne collectons plus vos données Enjoy! à cette fin, et vous gardez un accès gratuit à Enjoy! et à ses concours et deals.",
      retention: "Au maximum 10 ans après que vous avez cessé d'être client, comme toutes les données clients.",
      howToWithdraw: 'Désactivez cette option ici à tout moment, ou appelez gratuitement le 0800 55 800.',
    },
    de: {
      title: 'Interessenprofil aus Enjoy!',
      description:
        'Enjoy! ist das Treueprogramm von Proximus. Aus dem, was Sie dort tun, zum Beispiel an welchen Gewinnspielen und Deals Sie teilgenommen haben, leiten wir Ihre Interessen ab und fügen sie Ihrem Kundenprofil hinzu, mit dem wir Sie über passende Gewinnspiele, Deals und Überraschungen informieren und andere Proximus-Kampagnen auf Sie abstimmen; dieses Profil wird nicht an Dritte weitergegeben. Wenn Sie widersprechen, erfassen wir Ihre Enjoy!-Daten dafür nicht mehr, und Sie behalten kostenlosen Zugang zu Enjoy! und seinen Gewinnspielen und Deals.',
      retention: 'Höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung, wie alle Kundendaten.',
      howToWithdraw: 'Schalten Sie dies hier jederzeit aus oder rufen Sie kostenlos 0800 55 800 an.',
    },
  }),

  'loyalty-email': firstVersion({
    en: {
      title: 'E-mails from Enjoy!',
      description:
        'We send you e-mails about the contests, deals and surprises of Enjoy!, the Proximus loyalty programme, using your contact details; our partner Hilarious (based in the EU) sends them on our behalf. If you object, you no longer receive these e-mails, but you keep free access to Enjoy! and its contests and deals.',
      retention: 'We keep your contact details for at most 10 years after you stop being a customer.',
      howToWithdraw: 'Switch this off here at any time, or use the unsubscribe link in any Enjoy! e-mail.',
    },
    nl: {
      title: 'E-mails van Enjoy!',
      description:
        'We sturen je e-mails over de wedstrijden, deals en verrassingen van Enjoy!, het getrouwheidsprogramma van Proximus, op basis van je contactgegevens; onze partner Hilarious (gevestigd in de EU) verstuurt ze voor ons. Als je bezwaar maakt, krijg je die e-mails niet meer, maar je houdt gratis toegang tot Enjoy! en zijn wedstrijden en deals.',
      retention: 'We bewaren je contactgegevens maximaal 10 jaar nadat je geen klant meer bent.',
      howToWithdraw:
        'Zet dit hier op elk moment uit, of gebruik de afmeldlink in elke e-mail van Enjoy! die je krijgt.',
    },
    fr: {
      title: 'E-mails Enjoy!',
      description:
        "Nous vous envoyons des e-mails sur les concours, deals et surprises d'Enjoy!, le programme de fidélité de Proximus, à partir de vos coordonnées ; notre partenaire Hilarious (établi dans l'UE) les envoie pour notre compte. Si vous vous y opposez, vous ne recevez plus ces e-mails, mais vous gardez un accès gratuit à Enjoy! et à ses concours et deals.",
      retention: "Nous conservons vos coordonnées au maximum 10 ans après que vous avez cessé d'être client.",
      howToWithdraw:
        'Désactivez cette option ici à tout moment, ou utilisez le lien de désinscription qui figure dans chaque e-mail Enjoy! que vous recevez.',
    },
    de: {
      title: 'E-Mails von Enjoy!',
      description:
        'Wir senden Ihnen E-Mails zu Gewinnspielen, Deals und Überraschungen von Enjoy!, dem Treueprogramm von Proximus, und nutzen dafür Ihre Kontaktdaten; unser Partner Hilarious (mit Sitz in der EU) verschickt sie in unserem Auftrag. Wenn Sie widersprechen, erhalten Sie diese E-Mails nicht mehr, behalten aber kostenlosen Zugang zu Enjoy! und seinen Gewinnspielen und Deals.',
      retention: 'Wir bewahren Ihre Kontaktdaten höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung auf.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus oder nutzen Sie den Abmeldelink in jeder E-Mail von Enjoy!, die Sie erhalten.',
    },
  }),

  'home-wifi-marketing': firstVersion({
    en: {
      title: 'Offers based on your Wi-Fi measurements',
      description:
        'When you use the Proximus Home Optimizer app while signed in to MyProximus, we store your Wi-Fi measurements, your Proximus Wi-Fi networks and the MAC addresses of your Proximus Wi-Fi devices to improve your Wi-Fi. We may also use these data to tell you about Proximus products, services and promotions that might interest you. If you object, we stop using them for offers; they are then only used to improve your Wi-Fi.',
      retention: 'These app data are kept for one year.',
      howToWithdraw: 'Switch this off here at any time.',
    },
    nl: {
      title: 'Aanbiedingen op basis van je wifimetingen',
      description:
        'Als je de app Proximus Home Optimizer gebruikt terwijl je aangemeld bent bij MyProximus, bewaren we je wifimetingen, je Proximus-wifinetwerken en de MAC-adressen van je Proximus-wifitoestellen om je wifi te verbeteren. We kunnen die gegevens ook gebruiken om je te informeren over producten, diensten en promoties van Proximus die je kunnen interesseren. Als je bezwaar maakt, gebruiken we ze niet meer voor aanbiedingen; ze dienen dan alleen nog om je wifi te verbeteren.',
      retention: 'Deze gegevens uit de app bewaren we één jaar.',
      howToWithdraw: 'Zet dit hier op elk moment uit.',
    },
    fr: {
      title: 'Offres basées sur vos mesures Wi-Fi',
      description:
        "Si vous utilisez l'app Proximus Home Optimizer en étant connecté à MyProximus, nous enregistrons vos mesures Wi-Fi, vos réseaux Wi-Fi Proximus et les adresses MAC de vos appareils Wi-Fi Proximus pour améliorer votre Wi-Fi. Nous pouvons aussi utiliser ces données pour vous informer des produits, services et promotions de Proximus susceptibles de vous intéresser. Si vous vous y opposez, nous ne les utilisons plus pour des offres ; elles servent alors uniquement à améliorer votre Wi-Fi.",
      retention: "Ces données de l'app sont conservées un an.",
      howToWithdraw: 'Désactivez cette option ici à tout moment.',
    },
    de: {
      title: 'Angebote auf Basis Ihrer WLAN-Messungen',
      description:
        'Wenn Sie die App Proximus Home Optimizer nutzen, während Sie bei MyProximus angemeldet sind, speichern wir Ihre WLAN-Messungen, Ihre Proximus-WLAN-Netze und die MAC-Adressen Ihrer Proximus-WLAN-Geräte, um Ihr WLAN zu verbessern. Wir können diese Daten auch nutzen, um Sie über Produkte, Dienste und Aktionen von Proximus zu informieren, die Sie interessieren könnten. Wenn Sie widersprechen, nutzen wir sie nicht mehr für Angebote; sie dienen dann nur noch der Verbesserung Ihres WLANs.',
      retention: 'Diese App-Daten bewahren wir ein Jahr auf.',
      howToWithdraw: 'Schalten Sie dies hier jederzeit aus.',
    },
  }),

  'directory-listing': firstVersion({
    en: {
      title: 'Listing in the telephone directory',
      description:
        'With your permission, your landline or mobile number is listed in the telephone directory. We pass your listing to Directory Information Services, the Proximus department that produces the directories, and it is also shared with other publishers of telephone directories. Without your permission, your number stays unlisted and protected by telecommunications secrecy.',
      retention: 'Your number stays listed for as long as you give permission.',
      howToWithdraw:
        'Switch this off here at any time, or call 0800 98 022 (Dutch) or 0800 98 033 (French), free of charge.',
    },
    nl: {
      title: 'Vermelding in de telefoongids',
      description:
        'Met je toestemming wordt je vaste nummer of gsm-nummer vermeld in de telefoongids. We geven je vermelding door aan Directory Information Services, de afdeling van Proximus die de telefoongidsen maakt, en ze wordt ook gedeeld met andere uitgevers van telefoongidsen. Zonder je toestemming blijft je nummer geheim en beschermd door het telecommunicatiegeheim.',
      retention: 'Je nummer blijft vermeld zolang je toestemming geeft.',
      howToWithdraw: 'Zet dit hier op elk moment uit, of bel gratis 0800 98 022 (Nederlands) of 0800 98 033 (Frans).',
    },
    fr: {
      title: "Mention dans l'annuaire téléphonique",
      description:
        "Avec votre accord, votre numéro fixe ou mobile figure dans l'annuaire téléphonique. Nous transmettons vos données d'annuaire à Directory Information Services, le département de Proximus qui réalise les annuaires, et elles sont aussi partagées avec d'autres éditeurs d'annuaires. Sans votre accord, votre numéro n'est pas repris dans l'annuaire et reste protégé par le secret des télécommunications.",
      retention: "Votre numéro reste dans l'annuaire tant que vous donnez votre accord.",
      howToWithdraw:
        'Désactivez cette option ici à tout moment, ou appelez gratuitement le 0800 98 033 (français) ou le 0800 98 022 (néerlandais).',
    },
    de: {
      title: 'Eintrag im Telefonbuch',
      description:
        'Mit Ihrer Zustimmung wird Ihre Festnetz- oder Handynummer im Telefonbuch eingetragen. Wir geben Ihren Eintrag an Directory Information Services weiter, die Abteilung von Proximus, die die Telefonbücher erstellt, und er wird auch an andere Herausgeber von Telefonbüchern weitergegeben. Ohne Ihre Zustimmung bleibt Ihre Nummer geheim und durch das Fernmeldegeheimnis geschützt.',
      retention: 'Ihre Nummer bleibt eingetragen, solange Sie zustimmen.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus oder rufen Sie kostenlos 0800 98 033 (Französisch) oder 0800 98 022 (Niederländisch) an.',
    },
  }),

  'directory-assistance': firstVersion({
    en: {
      title: 'Listing with directory assistance (1207/1307)',
      description:
        'With your permission, your landline or mobile number is included in the 1207/1307 directory-assistance database, so people who call directory assistance can ask for it. Directory Information Services, a Proximus department, manages this database, and your data are also shared with other providers of directory assistance. Without your permission, directory assistance cannot give out your number.',
      retention: 'Your number stays in the database for as long as you give permission.',
      howToWithdraw:
        'Switch this off here at any time, or call 0800 98 022 (Dutch) or 0800 98 033 (French), free of charge.',
    },
    nl: {
      title: 'Vermelding bij nummerinlichtingen (1207/1307)',
      description:
        'Met je toestemming wordt je vaste nummer of gsm-nummer opgenomen in de databank van de nummerinlichtingen 1207/1307, zodat wie daar belt je nummer kan opvragen. Directory Information Services, een afdeling van Proximus, beheert die databank, en je gegevens worden ook gedeeld met andere aanbieders van nummerinlichtingen. Zonder je toestemming kunnen de nummerinlichtingen je nummer niet doorgeven.',
      retention: 'Je nummer blijft in de databank zolang je toestemming geeft.',
      howToWithdraw: 'Zet dit hier op elk moment uit, of bel gratis 0800 98 022 (Nederlands) of 0800 98 033 (Frans).',
    },
    fr: {
      title: 'Renseignements téléphoniques (1207/1307)',
      description:
        "Avec votre accord, votre numéro fixe ou mobile est repris dans la base de données des services de renseignements 1207/1307, pour que les personnes qui les appellent puissent l'obtenir. Directory Information Services, un département de Proximus, gère cette base de données, et vos données sont aussi partagées avec d'autres fournisseurs de services de renseignements. Sans votre accord, les services de renseignements ne peuvent pas communiquer votre numéro.",
      retention: 'Votre numéro reste dans la base de données tant que vous donnez votre accord.',
      howToWithdraw:
        'Désactivez cette option ici à tout moment, ou appelez gratuitement le 0800 98 033 (français) ou le 0800 98 022 (néerlandais).',
    },
    de: {
      title: 'Eintrag bei der Telefonauskunft (1207/1307)',
      description:
        'Mit Ihrer Zustimmung wird Ihre Festnetz- oder Handynummer in die Datenbank der Telefonauskunft 1207/1307 aufgenommen, damit Anrufer dort nach ihr fragen können. Directory Information Services, eine Abteilung von Proximus, verwaltet diese Datenbank, und Ihre Daten werden auch an andere Anbieter von Telefonauskunftsdiensten weitergegeben. Ohne Ihre Zustimmung kann die Telefonauskunft Ihre Nummer nicht weitergeben.',
      retention: 'Ihre Nummer bleibt in der Datenbank, solange Sie zustimmen.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus oder rufen Sie kostenlos 0800 98 033 (Französisch) oder 0800 98 022 (Niederländisch) an.',
    },
  }),

  testimonials: firstVersion({
    en: {
      title: 'Publishing your testimonial',
      description:
        'With your permission, Proximus may use your testimonial, quote or idea about using Proximus services, with the personal data that go with it, in a marketing or other communication campaign or at a co-creation event. Without your permission, we do not publish it.',
      retention: 'We keep these data for five years.',
      howToWithdraw: 'Switch this off here at any time, or write to the Proximus Data Protection Office.',
    },
    nl: {
      title: 'Je getuigenis publiceren',
      description:
        'Met je toestemming mag Proximus je getuigenis, citaat of idee over het gebruik van Proximus-diensten, met de persoonsgegevens die erbij horen, gebruiken in een marketing- of andere communicatiecampagne of tijdens een cocreatie-evenement. Zonder je toestemming publiceren we het niet.',
      retention: 'We bewaren deze gegevens vijf jaar.',
      howToWithdraw: 'Zet dit hier op elk moment uit, of schrijf naar de dienst gegevensbescherming van Proximus.',
    },
    fr: {
      title: 'Publication de votre témoignage',
      description:
        "Avec votre accord, Proximus peut utiliser votre témoignage, citation ou idée sur l'utilisation des services Proximus, avec les données personnelles qui s'y rapportent, dans une campagne marketing ou une autre campagne de communication, ou lors d'un événement de co-création. Sans votre accord, nous ne le publions pas.",
      retention: 'Nous conservons ces données cinq ans.',
      howToWithdraw:
        'Désactivez cette option ici à tout moment, ou écrivez au service de protection des données de Proximus.',
    },
    de: {
      title: 'Veröffentlichung Ihres Erfahrungsberichts',
      description:
        'Mit Ihrer Zustimmung darf Proximus Ihren Erfahrungsbericht, Ihr Zitat oder Ihre Idee zur Nutzung von Proximus-Diensten mit den dazugehörigen personenbezogenen Daten in einer Marketing- oder anderen Kommunikationskampagne oder bei einer Co-Creation-Veranstaltung verwenden. Ohne Ihre Zustimmung veröffentlichen wir nichts.',
      retention: 'Wir bewahren diese Daten fünf Jahre auf.',
      howToWithdraw:
        'Schalten Sie dies hier jederzeit aus oder schreiben Sie an die Datenschutzabteilung von Proximus.',
    },
  }),

  'service-delivery': firstVersion({
    en: {
      title: 'Providing your services',
      description:
        'To provide the products and services you ordered, we use your identity and contact details, your subscription and billing data, and data on your traffic on our network (such as numbers called, time, duration and data used). We use them to connect you, solve faults, bill you and help you as a customer. This is needed for your contract, so it cannot be switched off.',
      retention: 'Customer data: at most 10 years after you stop being a customer. Traffic data: at most 12 months.',
      howToWithdraw:
        'This cannot be switched off: without these data we cannot provide your services. You can still view and correct your data: change your contact details in MyProximus, or contact the Proximus Data Protection Office.',
    },
    nl: {
      title: 'Je diensten leveren',
      description:
        'Om de producten en diensten te leveren die je bestelde, gebruiken we je identiteits- en contactgegevens, je abonnements- en factuurgegevens en gegevens over je verkeer op ons netwerk (zoals gebelde nummers, tijdstip, duur en dataverbruik). Daarmee verbinden we je, lossen we storingen op, factureren we en helpen we je als klant. Dit is nodig voor je contract en kan dus niet uitgezet worden.',
      retention:
        'Klantgegevens: maximaal 10 jaar nadat je geen klant meer bent. Verkeersgegevens: maximaal 12 maanden.',
      howToWithdraw:
        'Dit kan niet uitgezet worden: zonder deze gegevens kunnen we je diensten niet leveren. Je kunt je gegevens wel inkijken en verbeteren: wijzig je contactgegevens in MyProximus of neem contact op met de dienst gegevensbescherming van Proximus.',
    },
    fr: {
      title: 'Fourniture de vos services',
      description:
        "Pour fournir les produits et services que vous avez commandés, nous utilisons vos données d'identité et vos coordonnées, vos données d'abonnement et de facturation, et des données sur votre trafic sur notre réseau (par exemple numéros appelés, heure, durée et données consommées). Elles nous servent à vous connecter, à résoudre les pannes, à vous facturer et à vous aider en tant que client. C'est nécessaire à votre contrat et ne peut donc pas être désactivé.",
      retention:
        "Données clients : au maximum 10 ans après que vous avez cessé d'être client. Données de trafic : au maximum 12 mois.",
      howToWithdraw:
        'Ceci ne peut pas être désactivé : sans ces données, nous ne pouvons pas fournir vos services. Vous pouvez toutefois consulter et corriger vos données : modifiez vos coordonnées dans MyProximus ou contactez le service de protection des données de Proximus.',
    },
    de: {
      title: 'Erbringung Ihrer Dienste',
      description:
        'Um die bestellten Produkte und Dienste zu erbringen, nutzen wir Ihre Identitäts- und Kontaktdaten, Ihre Abonnement- und Rechnungsdaten sowie Daten über Ihren Verkehr in unserem Netz (zum Beispiel angerufene Nummern, Uhrzeit, Dauer und Datenverbrauch). Damit verbinden wir Sie, beheben Störungen, stellen Rechnungen aus und helfen Ihnen als Kunde. Dies ist für Ihren Vertrag nötig und kann daher nicht ausgeschaltet werden.',
      retention:
        'Kundendaten: höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung. Verkehrsdaten: höchstens 12 Monate.',
      howToWithdraw:
        'Dies kann nicht ausgeschaltet werden: Ohne diese Daten können wir Ihre Dienste nicht erbringen. Sie können Ihre Daten aber einsehen und berichtigen: Ändern Sie Ihre Kontaktdaten in MyProximus oder wenden Sie sich an die Datenschutzabteilung von Proximus.',
    },
  }),

  'legal-obligations': firstVersion({
    en: {
      title: 'What the law requires of us',
      description:
        "The law requires us to identify our customers and to give certain data to the courts and judicial authorities, the tax authorities, the intelligence services and the telecom regulator BIPT when they ask, and to the emergency services when you call 112 or 101. We must also make subscription data available to publishers of telephone directories and directory assistance (your own number is only listed if you agree), keep billing data, and, at the government's request, warn you of an imminent threat or major disaster based on your location on our mobile network. This cannot be switched off.",
      retention:
        'As long as the law requires: customer data at most 10 years after you stop being a customer, traffic data at most 12 months.',
      howToWithdraw:
        'This cannot be switched off, because the law requires it. You can ask the Proximus Data Protection Office which data we hold about you.',
    },
    nl: {
      title: 'Wat de wet van ons vraagt',
      description:
        'De wet verplicht ons om onze klanten te identificeren en bepaalde gegevens te geven aan de rechtbanken en gerechtelijke overheden, de belastingadministratie, de inlichtingendiensten en telecomregulator BIPT als zij erom vragen, en aan de hulpdiensten als je 112 of 101 belt. We moeten ook abonnementsgegevens ter beschikking stellen van wie telefoongidsen of nummerinlichtingen aanbiedt (je eigen nummer wordt alleen vermeld als je akkoord gaat), factuurgegevens bewaren en je op vraag van de overheid waarschuwen voor een dreigend gevaar of een grote ramp, op basis van je locatie op ons mobiele netwerk. Dit kan niet uitgezet worden.',
      retention:
        'Zolang de wet het vereist: klantgegevens maximaal 10 jaar nadat je geen klant meer bent, verkeersgegevens maximaal 12 maanden.',
      howToWithdraw:
        'Dit kan niet uitgezet worden, omdat de wet het vereist. Je kunt bij de dienst gegevensbescherming van Proximus vragen welke gegevens we over je hebben.',
    },
    fr: {
      title: 'Ce que la loi nous impose',
      description:
        "La loi nous oblige à identifier nos clients et à fournir certaines données aux cours et tribunaux et aux autorités judiciaires, à l'administration fiscale, aux services de renseignement et au régulateur des télécoms IBPT quand ils le demandent, ainsi qu'aux services de secours quand vous appelez le 112 ou le 101. Nous devons aussi mettre les données d'abonnement à la disposition des éditeurs d'annuaires et des services de renseignements téléphoniques (votre propre numéro n'y figure que si vous êtes d'accord), conserver les données de facturation et, à la demande des autorités, vous avertir d'une menace imminente ou d'une catastrophe majeure sur la base de votre localisation sur notre réseau mobile. Ceci ne peut pas être désactivé.",
      retention:
        "Aussi longtemps que la loi l'exige : données clients au maximum 10 ans après que vous avez cessé d'être client, données de trafic au maximum 12 mois.",
      howToWithdraw:
        "Ceci ne peut pas être désactivé, car la loi l'impose. Vous pouvez demander au service de protection des données de Proximus quelles données nous détenons sur vous.",
    },
    de: {
      title: 'Was das Gesetz von uns verlangt',
      description:
        'Das Gesetz verpflichtet uns, unsere Kunden zu identifizieren und bestimmte Daten auf Anfrage an Gerichte und Justizbehörden, die Steuerverwaltung, die Nachrichtendienste und die Telekom-Regulierungsbehörde BIPT zu geben, und an die Notrufzentralen, wenn Sie 112 oder 101 anrufen. Wir müssen auch Abonnementdaten für Herausgeber von Telefonbüchern und Telefonauskunftsdienste bereitstellen (Ihre eigene Nummer wird nur eingetragen, wenn Sie zustimmen), Rechnungsdaten aufbewahren und Sie auf Anfrage der Behörden anhand Ihres Standorts in unserem Mobilfunknetz vor einer drohenden Gefahr oder einer großen Katastrophe warnen. Dies kann nicht ausgeschaltet werden.',
      retention:
        'So lange, wie das Gesetz es verlangt: Kundendaten höchstens 10 Jahre nach dem Ende Ihrer Kundenbeziehung, Verkehrsdaten höchstens 12 Monate.',
      howToWithdraw:
        'Dies kann nicht ausgeschaltet werden, weil das Gesetz es verlangt. Sie können bei der Datenschutzabteilung von Proximus erfragen, welche Daten wir über Sie haben.',
    },
  }),
};

/** The legal basis in plain words, for the person (e.g. en consent: "We only do this with your permission."). */
export const legalBasisTexts: Record<LegalBasis, Record<Language, string>> = {
  consent: {
    en: 'We only do this with your permission. You can withdraw it at any time.',
    nl: 'We doen dit alleen met je toestemming. Je kunt die op elk moment intrekken.',
    fr: "Nous ne le faisons qu'avec votre accord. Vous pouvez le retirer à tout moment.",
    de: 'Wir tun dies nur mit Ihrer Zustimmung. Sie können sie jederzeit widerrufen.',
  },
  'legitimate-interest': {
    en: 'We do this because we have a legitimate interest in it, weighed against your privacy. You can object at any time.',
    nl: 'We doen dit omdat we er een gerechtvaardigd belang bij hebben, afgewogen tegen je privacy. Je kunt er op elk moment bezwaar tegen maken.',
    fr: 'Nous le faisons parce que nous y avons un intérêt légitime, mis en balance avec votre vie privée. Vous pouvez vous y opposer à tout moment.',
    de: 'Wir tun dies, weil wir ein berechtigtes Interesse daran haben, abgewogen gegen Ihre Privatsphäre. Sie können jederzeit widersprechen.',
  },
  contract: {
    en: 'We need this to provide the services in your contract.',
    nl: 'We hebben dit nodig om de diensten uit je contract te leveren.',
    fr: 'Nous en avons besoin pour fournir les services prévus dans votre contrat.',
    de: 'Wir brauchen dies, um die Dienste aus Ihrem Vertrag zu erbringen.',
  },
  'legal-obligation': {
    en: 'The law requires us to do this.',
    nl: 'De wet verplicht ons hiertoe.',
    fr: 'La loi nous y oblige.',
    de: 'Das Gesetz verpflichtet uns dazu.',
  },
};

/** Labels of the marketing channels, as the policy names them. */
export const channelTexts: Record<MarketingChannel, Record<Language, string>> = {
  phone: {
    en: 'Phone (mobile or landline)',
    nl: 'Telefoon (gsm of vaste lijn)',
    fr: 'Téléphone (mobile ou fixe)',
    de: 'Telefon (Handy oder Festnetz)',
  },
  sms: {
    en: 'Text message',
    nl: 'Sms',
    fr: 'SMS',
    de: 'SMS',
  },
  email: {
    en: 'E-mail',
    nl: 'E-mail',
    fr: 'E-mail',
    de: 'E-Mail',
  },
  post: {
    en: 'Post',
    nl: 'Post',
    fr: 'Courrier',
    de: 'Post',
  },
  'web-popup': {
    en: 'Pop-up on the web',
    nl: 'Pop-up op het web',
    fr: 'Pop-up sur le web',
    de: 'Pop-up im Internet',
  },
};
