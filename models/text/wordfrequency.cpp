#include "wordfrequency.h"

#include "textfold.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// Folded (lower case, no accents), so "más", "mas", "está" and "esta" all
// match. Articles, prepositions, conjunctions, pronouns, determiners, common
// adverbs, and the forms of ser, estar, haber, tener, hacer, poder and ir.
// "estado(s)" is left out on purpose: in a public report it is "el Estado".
constexpr QStringView StopWords = u"a al algo alguna algunas alguno algunos alli alla ambas ambos ante antes aquel "
    "aquella aquellas aquello aquellos aqui asi aun aunque bajo bien cabe cada casi cierta ciertas cierto ciertos "
    "como con conmigo contigo contra cual cuales cualquier cuando cuanta cuantas cuanto cuantos cuya cuyas cuyo "
    "cuyos de del demas dentro desde donde dos durante e el ella ellas ello ellos en entre esa esas ese eso esos "
    "esta estas este esto estos etc hacia hasta la las le les lo los mas me mediante mi mia mias mientras mio mios "
    "mis misma mismas mismo mismos mucha muchas mucho muchos muy nada ni ningun ninguna ningunas ninguno ningunos "
    "no nos nosotras nosotros nuestra nuestras nuestro nuestros nunca o os otra otras otro otros para pero poca "
    "pocas poco pocos por porque pues que quien quienes se segun ser si siempre sin sino so sobre solo su sus suya "
    "suyas suyo suyos tal tales tambien tampoco tan tanta tantas tanto tantos te ti toda todas todo todos tras tu "
    "tus tuya tuyas tuyo tuyos u un una unas uno unos usted ustedes versus via vosotras vosotros vuestra vuestras "
    "vuestro vuestros y ya yo traves ademas adicionalmente luego despues entonces donde aun incluso segun "
    // ser
    "soy eres es somos sois son sea seas seamos seais sean sere seras sera seremos sereis seran seria serias "
    "seriamos seriais serian era eras eramos erais eran fui fuiste fue fuimos fuisteis fueron fuera fueras fueramos "
    "fuerais fueran fuese fueses fuesemos fueseis fuesen siendo sido "
    // estar
    "estar estoy estas estamos estais estan este estes estemos esteis esten estare estaras estara estaremos "
    "estareis estaran estaria estarias estariamos estariais estarian estaba estabas estabamos estabais estaban "
    "estuve estuviste estuvo estuvimos estuvisteis estuvieron estuviera estuvieras estuvieramos estuvierais "
    "estuvieran estuviese estuvieses estuviesemos estuvieseis estuviesen estando "
    // haber
    "haber he has ha hemos habeis han hay haya hayas hayamos hayais hayan habre habras habra habremos habreis "
    "habran habria habrias habriamos habriais habrian habia habias habiamos habiais habian hube hubiste hubo "
    "hubimos hubisteis hubieron hubiera hubieras hubieramos hubierais hubieran hubiese hubieses hubiesemos "
    "hubieseis hubiesen habiendo habido habida habidos habidas "
    // tener
    "tener tengo tienes tiene tenemos teneis tienen tenga tengas tengamos tengais tengan tendre tendras tendra "
    "tendremos tendreis tendran tendria tendrias tendriamos tendriais tendrian tenia tenias teniamos teniais "
    "tenian tuve tuviste tuvo tuvimos tuvisteis tuvieron tuviera tuvieras tuvieramos tuvierais tuvieran "
    "teniendo tenido tenida tenidos tenidas "
    // hacer, poder, ir
    "hacer hago hace hacen hacemos hizo hicieron hecho hecha hechos hechas haciendo haga hagan "
    "poder puede pueden podemos pudo pudieron pueda puedan pudiera pudieran podra podran podria podrian "
    "ir va van vamos iba iban ido yendo vaya vayan";

// Words every objective of the report repeats ("En la acción 1 se ha
// priorizado informar..."), which would otherwise top every cloud.
constexpr QStringView Boilerplate = u"accion acciones priorizado priorizada priorizados priorizadas priorizo "
    "priorizar informar";

QSet<QStringView> wordSet(QStringView list)
{
    QSet<QStringView> set;
    for (const QStringView word : list.split(u' ', Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

bool isBoilerplate(QStringView folded)
{
    static const QSet<QStringView> words = wordSet(Boilerplate);
    return words.contains(folded);
}

// Lower case without accents, except that ñ stays apart from n ("año" is not
// "ano"). Decomposed, so a precomposed and a decomposed ñ give the same key.
QString countingKey(const QString &lower)
{
    const QString decomposed = lower.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        const bool tildeOnN = c == QChar(0x0303) && i > 0 && decomposed.at(i - 1) == u'n';
        if (c.isMark() && !tildeOnN)
            continue;
        key.append(c);
    }
    return key;
}

int nonAsciiCount(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f; }));
}

struct Tally
{
    int count = 0;
    QHash<QString, int> spellings; ///< lower-case spelling -> occurrences
};

// The spelling to show: the most frequent, then the accented one ("gestión"
// over "gestion"), then the first in order, so the result never depends on
// hash order.
QString displaySpelling(const QHash<QString, int> &spellings)
{
    QString best;
    int bestCount = -1;
    for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
        const bool better = it.value() > bestCount
            || (it.value() == bestCount
                && (nonAsciiCount(it.key()) > nonAsciiCount(best)
                    || (nonAsciiCount(it.key()) == nonAsciiCount(best) && it.key() < best)));
        if (better) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

void countWords(const QString &text, QHash<QString, Tally> &tallies)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    qsizetype i = 0;
    while (i < composed.size()) {
        if (!composed.at(i).isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        // A combining mark left over after composition belongs to its letter.
        while (i < composed.size() && (composed.at(i).isLetter() || composed.at(i).isMark()))
            ++i;
        const QString spelling = composed.mid(start, i - start).toLower();
        if (spelling.size() < 3)
            continue;
        const QString folded = TextFold::fold(spelling);
        if (WordFrequency::isStopWord(folded) || isBoilerplate(folded))
            continue;
        Tally &tally = tallies[countingKey(spelling)];
        ++tally.count;
        ++tally.spellings[spelling];
    }
}

} // namespace

bool WordFrequency::isStopWord(QStringView folded)
{
    static const QSet<QStringView> words = wordSet(StopWords);
    return words.contains(folded);
}

QList<WordCount> WordFrequency::frequencies(const QStringList &texts, int limit)
{
    if (limit <= 0)
        return {};
    QHash<QString, Tally> tallies;
    for (const QString &text : texts)
        countWords(text, tallies);

    QList<WordCount> words;
    words.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        words.append({displaySpelling(it.value().spellings), it.value().count});
    std::sort(words.begin(), words.end(), [](const WordCount &a, const WordCount &b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
    if (words.size() > limit)
        words.resize(limit);
    return words;
}
