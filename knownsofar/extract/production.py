"""production: not_started / filming / wrapped, and the day it holds (as_of)."""

from __future__ import annotations

import dataclasses
import re

from knownsofar import dates
from knownsofar.extract.context import (
    CONDITIONAL,
    HABIT,
    NEGATED_BEFORE,
    Context,
    Found,
    SummaryLine,
)
from knownsofar.extract.folded import fold
from knownsofar.extract.lexicon import NUMBER_RE, number_value
from knownsofar.extract.sentences import Sentence, clause_spans

_SHOOT = (
    r"(?:filming|shooting|(?<!post-)(?<!pre-)(?<!post )production|principal photography|cameras|"
    r"(?<!photo )(?<!photo-)(?<!after its )(?<!after the )shoot\b)"
)
# The words between a production word and its verb, with no negation among them: "filming
# on season 3 hasn't started" says the opposite of "filming on season 3 has started"
_GAP = r"(?:(?!n't\b|\bnot\b|\bnever\b|\byet to\b)[^.;])"
# A time still to come, which turns a present tense into a plan: "starts filming in July",
# "we're shooting next spring", "goes into production this fall"
_LATER = (
    r"(?:next (?:week|month|year|spring|summer|fall|autumn|winter)|later (?:this|in the) \w+|"
    r"this (?:spring|summer|fall|autumn|winter)|in the (?:new year|spring|summer|fall|autumn|"
    r"winter)|in (?:early |late |mid-?)?(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b|early next year|soon)"
)
NOT_STARTED = fold(
    rf"\b(?:{_SHOOT} (?:has|had|have)(?:n't| not)(?: yet)? (?:yet )?(?:begun|started|began|"
    rf"commenced|kicked off|got(?:ten)? under ?way)|(?:has|had|have)(?:n't| not) (?:yet )?"
    rf"(?:begun|started) (?:filming|shooting|production)|(?:yet|still) to (?:begin|start|"
    rf"commence) (?:filming|shooting|production)|{_SHOOT} (?:is|are) (?:yet|still) to (?:begin|"
    rf"start)|(?<!wall of the )(?<!walls of the )(?<!door of the )(?<!board of the )writers'? ?room|scripts? (?:are|is|were|was|have been|has "
    rf"been) (?:being )?(?:finished|written|complete|done|underway|under way)|writing (?:has|is) "
    rf"(?:begun|started|under ?way)|writing (?:on|for) [^.;]{{0,30}}?\b(?:is|has|are) (?:now )?"
    rf"(?:begun|started|under ?way)|before (?:the )?cameras (?:start|begin) (?:rolling|to roll)|in (?:early |active )?(?:development|pre-?production)|"
    rf"pre-?production|table ?read|read-?through|casting (?:call|is under ?way|has begun)|"
    # "the actors are in rehearsals", "the crew have started building sets", "the start of
    # production slipped to January"
    rf"\bin rehearsals?\b|rehearsals (?:are|have) (?:under ?way|begun|started)|(?:started |begun |began )?"
    rf"(?:building|constructing) (?:the )?sets\b|start of (?:production|filming|shooting|principal "
    rf"photography) (?:has )?(?:slipped|been pushed|was pushed|moved|been moved|is set|is scheduled|"
    rf"is planned)(?: back)? (?:to|for|until|into)\b|"
    rf"would (?:begin|start|commence|resume) (?:filming|shooting|production)|"
    rf"(?:set|scheduled|slated|expected|due|planned|planning|going) to (?:begin|start|commence|"
    rf"kick off|go into|resume)? ?(?:filming|shooting|production|principal photography|"
    rf"photography)|(?:will|to) (?:begin|start|commence) (?:filming|shooting|production)|"
    rf"{_SHOOT} (?:will|is set to|is scheduled to|is slated to|is expected to|is due to|should|"
    rf"could|may) (?:begin|start|commence|kick off|get under ?way|get going)|"
    rf"before (?:filming|shooting|production) (?:begins|starts)|(?:set|scheduled) to film|"
    rf"{_SHOOT}\b[^.;]{{0,50}}?\b(?:will|is set to|is scheduled to|is slated to|is expected to|"
    rf"is due to|is planned to) (?:begin|start|commence|kick off|get under ?way|resume)|"
    rf"{_SHOOT}\b[^.;]{{0,40}}?\b(?:has|had|have)(?:n't| not) (?:even |yet |officially )*(?:begun|"
    rf"started|began|commenced|kicked off|got(?:ten)? under ?way)|"
    # "has not gone into production yet", "is still in the writing stage"
    rf"(?:has|have)(?:n't| not) (?:yet )?(?:gone|moved|got|gotten) into production|"
    rf"(?:writing|scripting|development|script) stages?\b|"
    rf"{_SHOOT} (?:won't|will not|doesn't|does not|isn't|is not) (?:start|begin|commence|"
    rf"expected to start|expected to begin|due to start|set to start)|"
    rf"{_SHOOT} (?:is |are )?(?:set|scheduled|slated|expected|due|planned) to (?:begin|start|"
    rf"kick off|commence|get under ?way|get going|roll)|"
    rf"{_SHOOT}\b[^.;]{{0,40}}?\b(?:starting|beginning|kicking off|begins|starts|kicks off|gets "
    rf"under ?way) (?:in|this|next|later|on|early|late|soon)|(?:is|are|'s|'re) [\"“]?(?:shooting|filming)\b"
    rf"(?=[^.;,]{{0,25}}?\b(?:{_LATER}|later this year))|plans? (?:is |are )?to (?:shoot|film)|"
    rf"(?:writers'? )?room (?:is set to |will |to |is due to |is scheduled to )?(?:open|reopen|"
    rf"convene)|(?:due|set|expected|scheduled) (?:back )?on set|writers (?:are|have been) "
    rf"(?:hard )?at work|writers (?:are|have been) (?:already |now |currently )?[\"“]?(?:deep in|"
    rf"busy (?:on|with)|working on)|(?:production|filming|shooting|the shoot) (?:is |are )?(?:slated|pencil+ed "
    rf"in|planned|scheduled|set) for|cameras (?:will|are set to|are due to|are expected to) roll|"
    rf"heads? into production|(?:heading|going) into production|gearing up to (?:film|shoot)|"
    rf"(?:will|to) (?:go|head) into production|(?:scheduled|set|slated|due|expected|planned) to "
    rf"(?:shoot|film)|writers (?:are|have been) breaking|(?:will|to) (?:shoot|film) (?:in|on|this|next|"
    rf"later|early|late)|goes before (?:the )?cameras|(?:production|filming|shooting) start date|"
    rf"(?:will|to) go before (?:the )?cameras|\b(?:start|begin)s? (?:shooting|filming|production) "
    rf"(?:in|on|this|next|later|early|late))",
    re.IGNORECASE,
)
FILMING = fold(
    rf"\b(?:(?:began|begun|started|commenced|kicked off|began|resumed|restarted)"
    rf" (?:filming|shooting|production|principal photography)|(?:starts|kicks off) (?:filming|"
    rf"shooting|production|principal photography)(?![^.;]{{0,40}}?\b(?:{_LATER}|this month))|{_SHOOT} (?:has|have|had)? ?"
    rf"(?:officially )?(?:begun|began|started|commenced|kicked off|resumed|restarted|(?:is|are|"
    rf"was) (?:now )?(?:officially )?(?:under ?way|in progress|ongoing|rolling))|"
    rf"{_SHOOT} (?:is|are) (?:now |currently |officially |already |well )*(?:under ?way|in progress|ongoing|"
    rf"rolling)|cameras (?:are (?:already |now |officially )?|have (?:already )?started |began )?rolling|(?:currently|now|are|is|"
    rf"been) (?:(?:still|busy|currently) )*(?:filming|shooting)(?![^.;,]{{0,25}}?\b{_LATER})|(?:is|are) (?:now |currently |officially )*in "
    rf"production|back on set|on set (?:for|of)|spotted (?:filming|shooting|on set)|"
    rf"(?:first|second|last) (?:day|week) of (?:filming|shooting|production)|halfway through "
    rf"(?:filming|shooting|production)|mid-?(?:production|shoot)|went into production|"
    rf"entered production|(?:is|are) (?:still )?filming|(?:began|begun|started|starts) lensing|\blensing\b|"
    rf"(?:has|have) been (?:in production|filming|shooting|on set) (?:since|for)\b|"
    rf"mid-way through (?:filming|shooting|production|the shoot)|"
    rf"went before (?:the )?cameras|(?:production|filming|shooting) got under ?way|(?:reunited|are|is) "
    rf"(?:back )?on set|(?:filming|shooting|production) continues|(?:midway|part way|partway) through "
    rf"(?:filming|shooting|production)|(?:is|are) being (?:filmed|shot)|(?:has|have) gone "
    rf"into production|(?:had|have|has) been rolling|(?:deep|halfway|well)"
    rf" into (?:filming|shooting|production)|in (?:week|month|day) \w+ of (?:a|an|the|its) "
    rf"[\w-]+(?: \w+)? (?:shoot|filming|production)|{_SHOOT}\b{_GAP}{{0,50}}?\b(?:has been |"
    rf"was |is )?(?:paused|halted|suspended|shut down|put on hold)|{_SHOOT} (?:is |was )?"
    rf"(?:expected|set|due) to resume|{_SHOOT}\b{_GAP}{{0,90}}?\b(?:has |have |had )?"
    rf"(?:officially )?(?:begun|began|started|commenced|kicked off|resumed|restarted|got under ?way|"
    rf"(?:is|are) (?:now |currently |officially |already |well )*(?:under ?way|in progress|ongoing|"
    rf"rolling)))",
    re.IGNORECASE,
)
WRAPPED = fold(
    rf"\b(?:wrapped (?:filming|shooting|production|principal photography|on)|{_SHOOT} (?:has|"
    rf"have|had)? ?(?:officially )?(?:wrapped|finished|completed|ended|concluded|come to an "
    rf"end)|(?:finished|completed|done|wrapped) (?:filming|shooting)|that's a wrap|in post-?"
    rf"production|in post\b|(?:into|entered|entering|enters|moved to|moving to|begun|began|"
    rf"started|starting|now) post-?production|post-?production (?:is|has) (?:now )?(?:under ?way|"
    rf"begun|started|in progress)|(?:has|have|had) wrapped\b|it's a wrap|in the edit|"
    rf"(?:finished|completed|concluded|wrapped) principal photography|in the can\b|(?:filming|shooting|"
    rf"production) (?:is|was) (?:now )?(?:complete|completed|finished|over|done)|(?:is|was) "
    rf"(?:officially )?a wrap|wrapped on\b|"
    # "filming came to an end in May", not "the drama will come to an end"
    rf"{_SHOOT}\b{_GAP}{{0,40}}?\b(?:came|come|comes) to an end|"
    rf"being edited|"
    # "filming on season 2 ran from June to October 2024"
    rf"{_SHOOT}\b{_GAP}{{0,40}}?\b(?:ran|lasted|stretched) (?:from|between)\b|"
    rf"(?:filming|shooting|production|principal photography)\b[^.;]{{0,40}}?\btook place|(?:was|were) "
    rf"(?:shot|filmed) (?:in|on|at|between|from|over|last|earlier|during|back in|back[- ]to[- ]back|"
    rf"across|around|throughout)|"
    # "Series 2 was confirmed in 2023, and filmed across the Broads last autumn"
    rf"\b(?:was|were)\b[^.;]{{0,60}}?,? and (?:shot|filmed) (?:across|around|throughout|in|on|at|over|"
    rf"during|last|earlier|between)\b|"
    # "the show wrapped its Budapest shoot last summer"
    rf"wrapped (?:its|the|their) (?:[\w-]+ )?(?:shoot|filming|production)\b|{_SHOOT}\b{_GAP}{{0,50}}?\b(?:has |have |had )?"
    rf"(?:been )?(?:officially )?(?:wrapped|finished|completed|concluded))",
    re.IGNORECASE,
)
# Phrasings built from parts: a production word near a state word, in either order.
_WORK = r"(?:filming|shooting|production|principal photography|the shoot|photography)"
_TO_COME = (
    r"(?:this|next|later|early next|in the) (?:year|spring|summer|fall|autumn|winter|month|week)|"
    r"over the (?:spring|summer|fall|autumn|winter)|in (?:the new year|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|20\d\d)|early next year|"
    r"later this year|next year"
)
MORE_NOT_STARTED = fold(
    # "Production on the new season is expected to get going in the summer"
    rf"\b(?:{_WORK}\b[^.;]{{0,50}}?\b(?:will|is set to|is scheduled to|is slated to|is expected to|"
    rf"is due to|should|could) (?:get (?:going|started|under ?way|rolling))|"
    # "Filming will take place in Manchester this summer", "filming taking place over the summer"
    rf"(?:would|will|'ll|is going to) (?:shoot|film)\b|"
    # "we don't start shooting until next spring", "filming will return to Oklahoma next spring"
    rf"(?:don't|do not|won't|will not|doesn't|does not) (?:start|begin) (?:shooting|filming|"
    rf"production) until\b|"
    rf"{_WORK} (?:will|is set to|is due to|is expected to) (?:return|head back|go back) to\b"
    rf"[^.;]{{0,40}}?\b(?:{_TO_COME})\b|"
    # "writing on season 3 is already well advanced"
    rf"(?:writing|scripting) (?:on|for) [^.;]{{0,30}}?\b(?:is|are) (?:already |now )?[\"“]?(?:well )?"
    rf"(?:advanced|under ?way|in progress|ongoing)\b|"
    rf"cameras? (?:roll|rolls|start rolling|begin rolling) (?:{_TO_COME})\b|"
    rf"writers? (?:are|is|were)\b[^.;]{{0,30}}?\bbreaking\b|"
    rf"{_WORK} (?:will |is set to |is due to |is expected to |is |are |to )?(?:take|takes|taking) "
    rf"place\b"
    rf"[^.;]{{0,60}}?\b(?:{_TO_COME})\b|"
    # "writing would begin next month", "I've read the first script"
    rf"(?:writing|scripting) (?:would|will|is set to|is due to|is expected to|should) (?:begin|start)|"
    rf"(?:writing|scripting) (?:is|has) [\"“]?(?:just |only )*(?:begun|beginning|started|starting)\b|"
    # "we shoot in the spring", "Season 3 goes into production this fall", "filming on the
    # fifth series, which ..., gets under way this month", "filming would begin in January"
    rf"\b(?:we|they) (?:shoot|film|start (?:shooting|filming)|begin (?:shooting|filming))\b"
    rf"(?=[^.;,]{{0,30}}?\b{_LATER})|(?:goes|go|heads|head) (?:into|before) (?:production|the "
    rf"cameras)\b(?=[^.;,]{{0,40}}?\b(?:{_LATER}|this month))|"
    rf"{_SHOOT}\b[^.;,]{{0,40}}?,[^.;]{{0,140}}?,\s*(?:starts|begins|kicks off|gets under ?way) "
    rf"(?:{_LATER}|this month)|{_SHOOT} would (?:begin|start|commence|get under ?way)\b|"
    rf"{_SHOOT}\b[^.;]{{0,40}}?\b(?:doesn't|does not|won't|will not|isn't|is not) (?:(?:due|"
    rf"expected|set|scheduled) to )?(?:start|begin)\b|"
    rf"(?:read|reading|received|got) (?:the |all (?:the )?|all \w+ |\w+ )?(?:first )?scripts?\b|"
    rf"(?:start|production|filming|shooting) date (?:for|on) (?:the |season |series )?|"
    # "has finished the scripts for season 3": written, not yet shot
    rf"(?:finished|completed|delivered|turned in|wrapped) (?:writing )?(?:the|all|his|her|their) "
    rf"(?:\w+ )?scripts?\b|"
    # "the cast will reunite in Cardiff next spring to shoot series three"
    rf"(?:cast|crew) will (?:reunite|regroup|head|return)\b[^.;]{{0,50}}?\bto (?:shoot|film)\b|"
    # "filming of season 3 has been postponed": put off before it began
    rf"{_WORK}\b[^.;]{{0,40}}?\b(?:has been|was|is being|have been) postponed\b|"
    # "production has been pushed back to next year", "no filming has taken place yet"
    rf"{_WORK}\b[^.;]{{0,40}}?\b(?:has been |was |is being )?(?:pushed|pushed back|delayed|postponed)"
    rf" (?:back )?(?:to|until|into)\b|no (?:filming|shooting|production) (?:has|have) (?:yet )?"
    rf"(?:taken place|started|begun)|\bprepping\b|"
    # "No filming dates have been set", "production dates to come": not started yet
    rf"no (?:filming|shooting|production) (?:start )?(?:dates?|schedule)\b[^.;]{{0,25}}?\b(?:has|have)"
    rf" (?:yet )?(?:been )?(?:set|announced|confirmed|given|revealed)|(?:filming|shooting|"
    rf"production) dates? (?:are |is )?(?:still )?(?:to be confirmed|to come|tbc|tba)\b|"
    rf"eyeing (?:a |an )?[\w-]*\s?(?:start|production) date|"
    rf"{_WORK}\b[^.;]{{0,40}}?\b(?:tentatively |currently |provisionally )?(?:set|slated|"
    rf"scheduled|planned|pencil+ed in|penciled) (?:for|to)\b|"
    rf"(?:expected|due|set|scheduled|slated) to (?:return to|go back into|head back into) "
    rf"production|{_WORK}\b[^.;]{{0,20}}?\b(?:has|have|is|are) (?:yet|still) to (?:begin|start|"
    rf"commence|get under ?way)|{_WORK} (?:is|are)(?:n't| not) (?:expected|due|set|slated) "
    rf"(?:to (?:begin|start) )?until|will be (?:filmed|shot)\b|(?:to|will) be (?:filmed|shot) "
    rf"(?:in|on|at|this|next|later|early)|(?:scripts?|episodes)\b[^.;]{{0,30}}?\b(?:are|is) "
    rf"(?:still |currently |now )?being written|(?:season|series)(?: \w+)? (?:is|are) (?:still |currently |"
    rf"now )?being (?:written|scripted)|(?:is|are) (?:currently |now |still |busy )?"
    rf"(?:writing|mapping out|plotting|breaking) (?:the )?(?:new |next |third |fourth |second |"
    rf"fifth )?(?:season|series|episodes|scripts?|story)|working on the scripts?|"
    rf"(?:currently |now )?in prep\b|(?:early|earliest) stages? of (?:development|production|"
    rf"pre-?production)|casting\b[^.;]{{0,25}}?\b(?:under ?way|has begun|has started|is "
    rf"ongoing)|location scouting|scouting (?:for )?locations|(?:cast|crew) will (?:reunite|"
    rf"regroup|head|return)\b[^.;]{{0,50}}?\bto (?:start|begin) (?:shooting|filming|"
    rf"production))",
    re.IGNORECASE,
)
MORE_FILMING = fold(
    r"\b(?:(?:filming|shooting|production) (?:is|are) (?:currently |now )?taking place\b"
    r"(?![^.;]{0,60}\b(?:next|later|in the new year|this (?:spring|summer|fall|autumn|winter)))|(?:spotted|pictured|seen|photographed|snapped)\b[^.;,]{0,40}?\b(?:filming|shooting|on "
    r"set|on location)|(?:behind-the-scenes|bts)\b[^.;]{0,40}?\bfrom (?:the )?set|"
    r"in the (?:middle|thick) of (?:filming|shooting|production)|(?:'re|'m|are|is|am) "
    r"(?:currently |now |busy )?(?:shooting|filming) (?![^.;,]{0,25}?\b" + _LATER + r")(?:episode|"
    r"scenes?|season|series|the|in|on|now|this|right)|(?:second|third|next|final|last) block of "
    r"(?:filming|shooting|production)|"
    # "filming is already more than halfway done"
    r"(?:halfway|half way|midway|two-thirds of the way|partway|part way) (?:done|finished|complete)\b|"
    r"(?:halfway|half way|midway|partway|part way) through the shoot\b|"
    # "the crew is on location in Morocco", "three weeks into the shoot"
    r"(?:is|are) (?:currently |now |still )?on location\b|"
    r"\b(?:\w+|a few|a couple of) (?:days?|weeks?|months?) into (?:the |its |their )?(?:shoot|filming|"
    r"shooting|production)\b|"
    # "the shoot has moved on to Iceland"
    r"(?:the shoot|filming|shooting|cameras|the crew) (?:has |have )?(?:now )?(?:moved|relocated) "
    r"(?:on )?to\b|"
    # "filming hasn't wrapped yet": still going
    r"(?:filming|shooting|production|the shoot)\b[^.;]{0,40}?\b(?:has|have|is|are)(?:n't| not) (?:yet |"
    r"quite )?(?:wrapped|finished|completed|over|done)\b)",
    re.IGNORECASE,
)
MORE_WRAPPED = fold(
    rf"\b(?:(?:celebrat\w+|marked?|marking) the end of (?:filming|shooting|production)|"
    # not "production can't begin until the strike is over"
    rf"{_WORK}\b(?:(?!\b(?:until|before|once|unless|when|after)\b)[^.;]){{0,40}}?\b(?:is|was|now) "
    rf"(?:now |officially )*(?:complete|completed|finished|over|done)\b|(?:episodes|season|series)\b[^.;,]{{0,30}}?"
    rf"\b(?:have|has) (?:all )?(?:now )?been (?:\w+ and )?(?:shot|filmed)|\bediting (?:is|has) "
    rf"(?:under ?way|begun|started)|in the (?:editing|cutting) (?:room|suite|bay)|"
    rf"said (?:goodbye|farewell) to the set|"
    # "the cameras have stopped rolling on season 3", not on every show a strike stops
    rf"cameras (?:have |had )?(?:now |finally |officially )?stopped rolling (?:for good|for the (?:last|"
    rf"final) time|on (?:the )?(?:[\w-]+ )?(?:season|series)\b)|"
    # "they shot all eight episodes between January and May"
    rf"(?:shot|filmed) all (?:\w+ )?(?:episodes|of (?:the )?(?:season|series))\b|wrap (?:photo|picture|post|video)s?\b|"
    rf"post-?production (?:on|for)\b[^.;]{{0,30}}?\b(?:is|has) (?:now |nearly |almost |well )?"
    rf"(?:under ?way|begun|started|in progress|ongoing|done|finished|complete)\b|"
    rf"(?:last|final) day (?:on set|of (?:filming|"
    rf"shooting|production))|"
    # "the second season is finished and waiting", "all ten episodes are finished"
    rf"(?:season|series)(?: \w+)? (?:is|was|has been) (?:now |already |all |fully )*[\"“]?"
    rf"(?:finished|done|complete|completed|in the can)\b(?! (?:airing|its run|streaming|with))|"
    rf"episodes (?:are|were|have been) (?:now |already |all |fully )*[\"“]?(?:finished|done|"
    rf"complete|completed|in the can)\b(?! with)|"
    # "Ashgrove Lane filmed its third season over the summer", "the second season filmed
    # over the summer"
    rf"\b(?:filmed|shot) (?:its|their|the) (?:[\w-]+ ){{0,2}}(?:season|series)\b"
    rf"(?! (?:\w+ )?(?:finale|premiere|opener|episode))|"
    rf"(?:season|series) (?:filmed|shot) (?:in|over|during|last|between|from|across)\b|"
    # "filming began in January and wrapped in June", "filming stretched into the spring"
    rf"{_WORK}\b[^.;]{{0,90}}?\b(?:and|before|then) (?:the (?:cast and crew|cast|crew|team) )?"
    rf"(?:finally )?wrapped\b|"
    # "has been finished for months, but it is still waiting on its visual effects"
    rf"(?:has|have) been (?:finished|done|complete|completed|in the can) for (?:months|weeks|a while|"
    rf"some time|(?:over |almost |nearly )?a year)\b|"
    rf"{_WORK} (?:stretched|dragged on|ran on|went on|ran) (?:into|until|through) (?:the |last |"
    rf"early |late )?(?:spring|summer|fall|autumn|winter|new year|end|january|february|march|april|"
    rf"may|june|july|august|september|october|november|december|20\d\d)\b|"
    rf"(?<!to be )(?<!will be )\b(?:filmed|shot) (?:last|earlier this) (?:year|winter|spring|summer|"
    rf"fall|autumn|month)\b)",
    re.IGNORECASE,
)
# "whose character Mae was shot in the finale": a bullet, not a camera
_GUNSHOT = re.compile(
    r"\b(?:character|he|she|who|whose \w+|\w+ (?:was|were) fatally) [^.;]{0,30}?\b(?:was|were|got|is) "
    r"shot\b|\bshot (?:dead|and killed|in the (?:finale|head|chest|back|heart|premiere|episode)|"
    r"at (?:the )?end of|in (?:last (?:year|season|series)'s|the (?:final|closing|last|opening) "
    r"(?:moments|minutes|scenes?|episode)|(?:the )?(?:season|series) \w+ (?:finale|premiere)))"
    # "the car park scene was shot from a very specific angle": one scene, not the season
    r"|\b(?:scene|sequence|moment|stunt|cameo|flashback|interior|exterior)s?\s+(?:was|were|had been)"
    r"\s+(?:shot|filmed)\b"
    # "an underwater chase in episode four that was shot in a tank"
    r"|\b(?:scenes?|sequences?|chases?|fights?|battles?|stunts?|set[- ]pieces?|moments?|"
    r"flashbacks?)\b[^.;]{0,40}?\b(?:that|which) (?:was|were|had been) (?:shot|filmed)\b",
    re.IGNORECASE,
)
# "around half of the second season has been shot": still filming
_PARTIAL = re.compile(
    r"\b(?:half|part|some|most|much|several|a few|a couple|the majority|the first \w+|a third|"
    r"two-thirds|a quarter|a lot)\s+of\s+[^.;]{0,50}?\b(?:(?:has|have) (?:now |already )?been "
    r"(?:shot|filmed)|in the can)|\bbeen (?:shot|filmed) so far\b|\bthe first (?:\w+ )?episodes "
    r"(?:are|were|have been) (?:now |already )?(?:finished|done|complete|shot|filmed|in the can)",
    re.IGNORECASE,
)
_PAUSE = re.compile(
    r"\b(?:halted|paused|shut ?down|put on hold|suspended|strike|walkout|injur(?:y|ed|ies))\b", re.I
)
# A wrap told in its own words, which a pause on the way does not undo
_FIRM_WRAP = re.compile(
    r"\b(?:wrapped|finished|completed|complete|concluded|post-?production|in post|in the can|"
    r"that's a wrap|it's a wrap|in the edit|done)\b",
    re.IGNORECASE,
)
_RANK = {"wrapped": 3.0, "filming": 2.0, "not_started": 1.0}


def extract_production(ctx: Context, s: Sentence) -> list[Found]:
    """Production claims of one sentence, with the day each holds; a clause about another
    season ("season 2 wrapped in March, and writing on season 3 is under way") has its own."""
    if s.question or ctx.subjectless(s) or (s.heading and _ASKS.match(s.text)):
        return []  # every finding's subject is ctx.subject(s, ...); "Has filming finished"
    if (
        s.index
        and _WHERE_QUESTION.match(ctx.sentences[s.index - 1].text)
        and not _WHEN.search(s.text)
    ):
        return []  # "Where was Apex Junction filmed? A: It was filmed in Atlanta.": the show's home
    if _WITH_SEASON.search(s.text):  # each clause names its season: read them apart
        return _by_clause(ctx, s)
    first = _finding(ctx, s, 0, len(s.text))
    if first is None:
        return []
    out = [first[0], *_both_seasons(s.text, first[0], first[1])]
    for a, b in _clauses(s.text) if _MORE_THAN_ONE.search(s.text) else ():
        if a <= first[1] < b:
            continue
        more = _finding(ctx, s, a, b)
        if more is not None and all(f.subject != more[0].subject for f in out):
            out.append(more[0])
    return out


# A heading that asks without its question mark: "Has filming finished", "When does it shoot"
_ASKS = re.compile(
    r"^\W*(?:has|have|is|are|was|were|did|does|do|will|when|where|how|what)\b", re.IGNORECASE
)
_MORE_THAN_ONE = re.compile(r";|,\s+(?:and|but|while|whereas|though|although|so|with)\s+")
# "Season 4 shoots in January, with the fifth season expected to film back-to-back": a
# clause of its own about another season
_WITH_SEASON = re.compile(
    r",\s+with\s+(?=(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:season|series)\b)", re.IGNORECASE
)


# "Seasons 4 and 5 will be filmed back to back": one claim about both
_TWO_SEASONS = re.compile(
    rf"\b(?:seasons|series) (?P<a>\d{{1,2}}|{NUMBER_RE}) (?:and|&) (?P<b>\d{{1,2}}|{NUMBER_RE})\b",
    re.IGNORECASE,
)


def _both_seasons(text: str, found: Found, pos: int) -> list[Found]:
    """The same claim for the other season of "seasons 4 and 5", when the two are what the
    claim is about (not "renewed for seasons 3 and 4 in March, and ... are being shot")."""
    m = _TWO_SEASONS.search(text, max(0, pos - 40), pos + 40)
    if m is None or _ORDERED.search(text, max(0, m.start() - 40), pos):
        return []
    pair = {number_value(m.group("a")), number_value(m.group("b"))}
    show, season = found.subject
    if season not in pair or len(pair) != 2:
        return []
    other = next(n for n in pair if n != season)
    return [dataclasses.replace(found, subject=(show, other))] if other else []


_ORDERED = re.compile(r"\b(?:renew\w*|order\w*|picked up|greenlit|commission\w*)\b", re.I)


def _by_clause(ctx: Context, s: Sentence) -> list[Found]:
    out: list[Found] = []
    for a, b in _clauses(s.text):
        more = _finding(ctx, s, a, b)
        if more is not None and all(f.subject != more[0].subject for f in out):
            out.append(more[0])
    return out


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence, "…, with the fifth season …" one of them."""
    out: list[tuple[int, int]] = []
    for a, b in clause_spans(text):
        for m in _WITH_SEASON.finditer(text, a, b):
            out.append((a, m.start()))
            a = m.end()
        out.append((a, b))
    return out


def _finding(ctx: Context, s: Sentence, a: int, b: int) -> tuple[Found, int] | None:
    """The claim of the text from ``a`` to ``b`` of a sentence, and where it is made."""
    text = s.text[a:b]
    status, pos = _status(text)
    if status is None:
        return None
    if status == "wrapped" and _EARLIER_SEASONS.search(text, max(0, pos - 40), pos):
        return None  # "Both seasons were filmed in the spring": a recap of the others
    if status == "wrapped" and _SHOW_HOME.search(text) and not _WHEN.search(text):
        return None  # "The show was shot in Quebec": where it is made, not a season's state
    if status == "wrapped" and _PARTIAL.search(text):
        status = "filming"
    subject = ctx.subject(s, a + pos)
    if subject is None or _recaps_another(text, pos, subject[1]):
        return None  # "the pattern of season 1, which wrapped filming in November 2024"
    if _AIRED_BEFORE.search(text, 0, pos):
        return None  # "Seasons 2 and 3 both arrived a year after filming started": history
    if _OTHER_PROJECT.search(text):
        return None  # "Jon Bell is currently filming a movie in Spain"
    as_of = _as_of(ctx, s, status, a + pos)
    value = {"status": status, "as_of": as_of}
    stated = (
        status != "not_started"
        and as_of is not None
        and (ctx.published is None or as_of != ctx.published.isoformat())
    )
    rank = _RANK[status] + (0.5 if stated else 0.25 if as_of else 0.0)
    return Found(subject, "production", value, s.text, s.index, rank), a + pos


_NAMED_THEN_WHICH = re.compile(
    rf"\b(?:season|series)\s+(?P<n>\d{{1,2}}|{NUMBER_RE})\s*,?\s+(?:which|that|when it)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _recaps_another(text: str, pos: int, season: int) -> bool:
    """Whether the claim at ``pos`` is a relative clause about another season named just
    before it ("season 1, which wrapped filming in November")."""
    m = _NAMED_THEN_WHICH.search(text, max(0, pos - 60), pos)
    return m is not None and number_value(m.group("n")) != season


_AIRED_BEFORE = re.compile(
    r"\b(?:arrived|premiered|aired|debuted|dropped|landed)\b[^.;]{0,40}\b(?:after|before|once)\s+"
    r"[^.;]{0,10}$",
    re.IGNORECASE,
)


_OTHER_PROJECT = re.compile(
    r"\b(?:filming|shooting|shot|wrapped|wraps|wrapping)\s+(?:on\s+)?(?:a|an|the|his|her|their|its)\s+"
    r"(?:new\s+|upcoming\s+|next\s+|latest\s+)?(?:movie|film|feature|pilot|documentary|play|music video)\b"
    r"|\bsigned on (?:to|for) (?:a|an|another)\b"  # "has signed on to a period drama for the BBC"
    # "said its adaptation of The Quiet Minister had started production": the network's other show
    r"|\b(?:its|their|his|her) (?:new |upcoming )?(?:adaptation|remake|reboot|spin-?off|prequel|"
    r"sequel) of\b"
    # "passed on several comedies in development": a slate, not the season
    r"|\b(?:comedies|dramas|shows|series|projects|pilots|titles|films|movies) in (?:early |active )?"
    r"development\b"
    r"|\b(?:film|movie|feature)(?:\s+adaptation|\s+version|\s+sequel)?\s+(?:is|was|has)\s+(?:currently\s+|"
    r"now\s+|already\s+)?(?:shooting|filming|in production|wrapped|been shot)",
    re.IGNORECASE,
)


# Cheap first pass: the words every production pattern needs one of.
_HINT = fold(
    r"film|shoot|shot\b|production|camera|wrap|writ|script|\bset\b|post|lensing|table|casting|"
    r"\bcan\b|development|room|photography|edit|\bprep(?:ping)?\b|scout|\bseen\b|pictured|spotted|snapped|"
    r"finished|\bdone\b|complete|location|rehears|\bsets\b|read-?through",
    re.IGNORECASE,
)
_WHERE_QUESTION = re.compile(
    r"^(?:Q:\s*)?where\b[^?]*\b(?:filmed|shot)\b[^?]*\?\s*$", re.IGNORECASE
)
# "between January and June this year": the answer dates a shoot, not the show's home
_WHEN = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|fall|winter|(?:19|20)\d\d|last year|this year)\b",
    re.IGNORECASE,
)
_SHOW_HOME = re.compile(
    r"\b(?:the|this) (?:show|franchise) (?:is|was|has been|were) (?:shot|filmed) (?:in|on|at)\b",
    re.IGNORECASE,
)
_EARLIER_SEASONS = re.compile(
    r"\b(?:both|all (?:\w+ )?|the (?:first|previous|past|last|earlier) (?:two|three|four|five|\d)|"
    r"previous|past|earlier|other) (?:seasons|series)\b",
    re.IGNORECASE,
)


# "Period drama takes a long time in post": what such shows need, not where this one is
_TAKES_TIME = re.compile(
    r"\b(?:takes|take|took|spent)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:a\s+(?:long\s+)?(?:time|while)|ages|(?:\w+\s+)?months|forever|longer|(?:\w+\s+)?years)"
    r"\s+in\s+post\b",
    re.IGNORECASE,
)


def _status(text: str) -> tuple[str | None, int]:
    if not _HINT.search(text) or HABIT.search(text) or _TAKES_TIME.search(text):
        return None, 0  # "shows like this usually need a year from the first day of filming"
    summary = _SUMMARY.status(text)
    if summary is not None:  # "- Filming: not started", a guide's summary line
        return summary
    hits = _hits(_GUNSHOT.sub(lambda m: " " * len(m.group()), text))
    if not hits:
        return None, 0
    statuses = {st for _, st in hits}
    if "wrapped" in statuses and _PAUSE.search(text) and not _FIRM_WRAP.search(text):
        # "Cameras stopped rolling on season 3 when the strike began": a pause, not a wrap
        return "filming", min(hits)[0]
    if "wrapped" in statuses and "filming" in statuses:
        # "wrapped in Paris, now shooting in Rome": the later-mentioned state holds
        return max(hits)[1], max(hits)[0]
    if "not_started" in statuses and re.search(
        r"(?:has|had|have)(?:n't| not)|writers'? ?room|scripts?\b", text, re.IGNORECASE
    ):
        return "not_started", min(hits)[0]
    for status in ("wrapped", "filming", "not_started"):
        for pos, st in hits:
            if st == status:
                if status == "not_started" and _BEGINS_AT_A_PLACE.search(text):
                    return "filming", pos  # a headline's present: "as filming begins in Leeds"
                return status, pos
    return None, 0


_PATTERNS = (
    ("wrapped", WRAPPED),
    ("wrapped", MORE_WRAPPED),
    ("filming", FILMING),
    ("filming", MORE_FILMING),
    ("not_started", NOT_STARTED),
    ("not_started", MORE_NOT_STARTED),
)


def _hits(text: str) -> list[tuple[int, str]]:
    """The first place each pattern matches, with its status, where the claim stands."""
    hits = []
    for status, pattern in _PATTERNS:
        m = pattern.search(text)
        if m is None:
            continue
        before = max(0, m.start() - 20)
        if status != "not_started" and NEGATED_BEFORE.search(text, before, m.start()):
            continue  # "We haven't finished shooting it"
        if status == "not_started" and _UNSAID.search(text, max(0, m.start() - 60), m.start()):
            continue  # "no word yet on when season 4 will film": nothing said of it
        if not _conditional(text, m.start()):
            hits.append((m.start(), status))
    return hits


# A guide's summary line: "- Filming: wrapped", "Production: not started"
_SUMMARY = SummaryLine.of(
    "filming|production|shooting|production status",
    (
        (
            "not_started",
            r"not (?:yet )?(?:started|begun)|not yet|no\b|pre-?production|writing|scheduled|"
            r"planned|set for|due",
        ),
        ("wrapped", r"wrapped|finished|complete|completed|done|in post"),
        ("filming", r"under ?way|in progress|ongoing|filming|shooting|started|began|begun"),
    ),
)


# "no word yet on when season 4 will film", "has not said when production will begin"
_UNSAID = re.compile(
    r"\b(?:no word|no news|no indication|no details?|no idea|unclear|not clear|unknown|(?:not|n't)"
    r"(?: yet)? (?:said|announced|confirmed|revealed|known|sure))\b(?: yet)?(?: on| about| as to)?"
    r" when\b",
    re.IGNORECASE,
)


# "filming begins in Yorkshire" (a place, and no time to come) is happening now
_BEGINS_AT_A_PLACE = re.compile(
    r"\b(?:(?i:filming|shooting|production|cameras) (?i:begins|starts|kicks off|gets under ?way|"
    r"roll)|(?i:begins|starts) (?i:filming|shooting|production))"
    r" (?i:on location )?in (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b|(?:Spring|"
    r"Summer|Fall|Autumn|Winter|Christmas|Easter|The New Year)\b)[A-Z][\w-]+(?:,? [A-Z][\w-]+)*"
    r"(?=\s*$|\s*[,;:.!-]|\s+(?i:as|with|and|for|after|amid)\b)"
    r"(?![^.;]*\b(?i:next|later|soon|tomorrow|this (?:spring|summer|fall|autumn|winter|year|month)|"
    r"in (?:the )?(?:new year|spring|summer|fall|autumn|winter)|20\d\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b)"
)


def _conditional(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40) : pos]
    if _ANY_GUIDE.search(text, 0, pos):
        return False  # "If past seasons are any guide, filming will begin in the autumn"
    return bool(CONDITIONAL.search(before) or re.search(r"\b(?:until|before)\b", before))


_ANY_GUIDE = re.compile(
    r"\bif\b[^,;]{0,40}\b(?:is|are|was|were) (?:any|anything) (?:guide|to go by|indication)\b",
    re.IGNORECASE,
)


def _precise(m: dates.DateMention) -> bool:
    """A day or a month can date a status; "earlier this year" cannot, nor a period named
    only by its distance from the article ("last week", "last month", "last spring and
    summer"), which the eval conventions date by the article."""
    if m.kind == "day":
        return True
    if _vague(m):
        return False
    return m.window is not None and (m.window[1] - m.window[0]).days <= 31


def _vague(m: dates.DateMention) -> bool:
    """A window counted from the article's day that is no calendar month ("last week",
    "this summer"; not "last month" or "March last year")."""
    return m.kind == "window" and m.relative and not _MONTH_NAMED.search(m.text)


_MONTH_NAMED = re.compile(
    r"\b(?:month|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


_RANGE = re.compile(r"\b(?:and|to|through|until|till)\b|\d\s*[-\u2013]\s*\w", re.IGNORECASE)


def _month_range(m: dates.DateMention) -> bool:
    """A span written from one month to another ("between September 2024 and March
    2025", "from April to August"): the shoot ended in its last month."""
    return (
        m.kind == "window"
        and m.window is not None
        and not _vague(m)
        and bool(_RANGE.search(m.text))
    )


# "wrapped in March, but ... more photography in August": the date of the other clause
_CONTRAST = re.compile(r",?\s+(?:but|while|though|although|whereas|yet)\b|;", re.IGNORECASE)
# The date of another event in the clause: "will premiere in July", "renewed it in April",
# "is expected to resume in July", "filming in Bath until June"
_OTHER_EVENT = re.compile(
    r"\b(?:premier\w*|air(?:s|ed|ing)?|return\w*|arriv\w+|releas\w+|debut\w*|renew\w*|"
    r"until|into|moving|expected|will|set to|due|joined|hired|casting)\b[^.;,]{0,25}$",
    re.IGNORECASE,
)


def _as_of(ctx: Context, s: Sentence, status: str, pos: int) -> str | None:
    """A date the status is stated to hold ("in March 2023"), else the published day."""
    if status != "not_started" or re.search(r"(?:has|had|have)(?:n't| not)", s.text):
        start = max((m.end() for m in _CONTRAST.finditer(s.text, 0, pos)), default=0)
        after = _CONTRAST.search(s.text, pos)
        part = s.text[start : after.start() if after else len(s.text)]
        found = [
            m
            for m in dates.find_dates(part, ctx.published, "past")
            if (_precise(m) or (status == "wrapped" and _month_range(m)))
            and not _OTHER_EVENT.search(part, 0, m.start)
        ]
        if status == "wrapped":
            found.reverse()  # "from January to April": wrapped as of the end
        for m in found:
            day = m.date if m.kind == "day" else (m.window[0] if m.window else None)
            if status == "wrapped" and _month_range(m) and m.window:
                day = m.window[1].replace(day=1)  # "between September and March": March
            if day is not None and (ctx.published is None or day <= ctx.published):
                return day.isoformat()
    return ctx.published.isoformat() if ctx.published else None
